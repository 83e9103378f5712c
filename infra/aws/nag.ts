/**
 * cdk-nag AwsSolutions acknowledgements. Each says why the finding does not apply or is accepted;
 * anything not listed here fails `cdk synth` and the infra tests.
 */
import { type Stack, Token, Validations } from 'aws-cdk-lib';
import { TABLE_NAME } from './constructs/bindings.js';
import type { Stacks } from './stacks/index.js';

const BASIC_EXECUTION =
  'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]';

const lambdaFindings = [
  {
    id: BASIC_EXECUTION,
    reason: 'The managed basic-execution policy only allows writing the function’s own CloudWatch logs.',
  },
  {
    id: 'AwsSolutions-L1',
    reason:
      'Node.js 22 is the newest runtime the project builds and tests against (local toolchain pinned to Node 20/22, TOOLCHAIN.md).',
  },
  {
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions.',
  },
];

const keyFindings = [
  {
    id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]',
    reason: 'CDK’s standard KMS grant for a customer-managed key, scoped to that one key.',
  },
  {
    id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
    reason: 'CDK’s standard KMS grant for a customer-managed key, scoped to that one key.',
  },
];

/** cdk-nag prints resolved env values in its ids and the pseudo parameter otherwise. */
function envOf(stack: Stack) {
  return {
    region: Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region,
    account: Token.isUnresolved(stack.account) ? '<AWS::AccountId>' : stack.account,
  };
}

function commonFindings(stack: Stack) {
  const { region, account } = envOf(stack);
  return [
    ...lambdaFindings,
    ...keyFindings,
    {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:dynamodb:${region}:${account}:table/${TABLE_NAME}/index/*]`,
      reason:
        'Queue and work-list queries use the table’s own secondary indexes; the wildcard covers only this table’s indexes.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cong-minh-attachments-${account}-${region}/uploads/*]`,
      reason:
        'Documents are objects named per attachment under uploads/; the functions get one action (put or get) on that prefix only.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cong-minh-attachments-${account}-${region}/documents/*]`,
      reason:
        'Decision documents are objects named by their SHA-256 under documents/; the render function may only put there, the document routes only get.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cong-minh-checkpoints-${account}-${region}/checkpoints/*]`,
      reason:
        'Checkpoints are write-once objects named per log under checkpoints/; the anchor may only put there, verifiers only get.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ses:${region}:${account}:identity/*]`,
      reason:
        'SES checks every identity in the message; the statement is conditioned on ses:FromAddress being the one notice sender.',
    },
  ];
}

export function acknowledgeFindings(s: Stacks): void {
  const { region, account } = envOf(s.workflow);
  Validations.of(s.workflow).acknowledge(
    ...commonFindings(s.workflow),
    {
      id: 'AwsSolutions-IAM5[Resource::<AdvanceFnB3C1940A.Arn>:*]',
      reason:
        'Invoking the Advance function’s versions and aliases (CDK’s LambdaInvoke grant) for this one function.',
    },
    {
      id: 'AwsSolutions-IAM5[Resource::<DeadlineAlertFnFAC355D5.Arn>:*]',
      reason: 'The scheduler role invokes the deadline-alert function (and its versions) only.',
    },
    {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:${region}:${account}:schedule/cong-minh-deadlines/*]`,
      reason:
        'Advance creates and deletes one-time alert schedules, named per case and deadline, only in the deadlines group.',
    },
    { id: 'AwsSolutions-SQS3', reason: 'This queue is itself the dead-letter queue of the alert schedules.' },
  );
  Validations.of(s.api).acknowledge(...commonFindings(s.api), {
    id: 'AwsSolutions-APIG4',
    reason:
      'The public intake, tracking, withdrawal, deadline and OpenAPI routes are public by design (DESIGN.md §4); every staff route has the JWT authorizer (asserted in test/infra).',
  });
  Validations.of(s.auth).acknowledge(...lambdaFindings);
  Validations.of(s.web).acknowledge(
    {
      id: 'AwsSolutions-CFR3',
      reason:
        'CloudFront access logs would record receipt codes (they are in /api/public/cases/{receipt} paths); the API stage logs route and status only.',
    },
    {
      id: 'AwsSolutions-CFR4',
      reason:
        'The default *.cloudfront.net certificate cannot pin TLS 1.2; a deployment with its own domain sets an ACM certificate and TLSv1.2_2021.',
    },
    {
      id: 'AwsSolutions-CFR1',
      reason: 'No geo restriction by design: citizens abroad may file and follow their case.',
    },
    {
      id: 'AwsSolutions-CFR2',
      reason:
        'Abuse limits are enforced in the application (DESIGN.md §3); a WAF web ACL is attached per deployment, not fixed here.',
    },
    {
      id: 'AwsSolutions-S1',
      reason:
        'The site bucket holds only the public build of web/ and is read only by CloudFront through origin access control.',
    },
  );
  Validations.of(s.data.attachments).acknowledge({
    id: 'AwsSolutions-S1',
    reason:
      'Documents are reached only through five-minute presigned URLs that the API issues to authorised staff; CloudTrail S3 data events are enabled per deployment.',
  });
  Validations.of(s.data.checkpoints).acknowledge({
    id: 'AwsSolutions-S1',
    reason:
      'Checkpoints are write-once under compliance-mode Object Lock and signed: access logs would add nothing an insider could hide; CloudTrail S3 data events are enabled per deployment.',
  });
  Validations.of(s.api.originVerify).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason:
      'The origin secret is a shared value between CloudFront and the API, rotated by redeploying both stacks (cdk deploy); it guards reachability, not data.',
  });
  Validations.of(s.data.receiptSecret).acknowledge({
    id: 'AwsSolutions-SMG4',
    reason:
      'The receipt HMAC key cannot rotate without invalidating every receipt citizens hold; rotation needs a key-version scheme (tracked).',
  });
}
