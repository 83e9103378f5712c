/**
 * The CDK app asserts the properties that matter: keys, retention, grants, the callback without a
 * dependency cycle, the authorizer on staff routes, and zero unacknowledged cdk-nag findings.
 */
import { createRequire } from 'node:module';
import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  invokedFunctions,
  scheduledFunctions,
  streamFunctions,
  taskFunctions,
} from '../../functions/tasks/registry.js';
import { appContext } from '../../infra/aws/context.js';
import { acknowledgeFindings } from '../../infra/aws/nag.js';
import { DEFAULT_EDGE_LIMITS } from '../../infra/aws/stacks/edge-stack.js';
import { buildStacks, type Stacks } from '../../infra/aws/stacks/index.js';
import { type Needs, readablePrefixes } from '../../shared/api/needs.js';
import { routes } from '../../shared/api/routes.js';
import { UPLOAD_TAG } from '../../shared/blobs/blob-store.js';
import { tableDefinition } from '../../shared/store/table.js';
import { caseLifecycleAsl } from '../../workflows/case-lifecycle/asl.js';
import { S } from '../../workflows/case-lifecycle/states.js';

const require = createRequire(import.meta.url);
const aslValidator = require('asl-validator') as (asl: unknown) => { isValid: boolean; errors: unknown[] };

const env = { account: '111111111111', region: 'ap-southeast-1' };
// Skip esbuild bundling in tests: assertions are about the templates.
const newApp = () => new App({ context: { ...appContext, 'aws:cdk:bundling-stacks': [] } });

let stacks: Stacks;
let t: Record<'data' | 'auth' | 'workflow' | 'api', Template>;

beforeAll(() => {
  stacks = buildStacks(newApp(), env);
  t = {
    data: Template.fromStack(stacks.data),
    auth: Template.fromStack(stacks.auth),
    workflow: Template.fromStack(stacks.workflow),
    api: Template.fromStack(stacks.api),
  };
});

type Statement = { Action: string | string[]; Resource: unknown; Effect: string };
function statementsOf(template: Template, roleIdPrefix: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy');
  return Object.entries(policies)
    .filter(([id]) => id.startsWith(roleIdPrefix))
    .flatMap(
      ([, p]) =>
        (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument
          .Statement,
    );
}
const actionsOf = (s: Statement[]) => s.flatMap((x) => (Array.isArray(x.Action) ? x.Action : [x.Action]));
/** The partition key patterns a statement is limited to (`dynamodb:LeadingKeys`), or null if unlimited. */
const leadingKeys = (st: Statement): string[] | null => {
  const keys = (st as { Condition?: Record<string, Record<string, string | string[]>> }).Condition?.[
    'ForAllValues:StringLike'
  ]?.['dynamodb:LeadingKeys'];
  return keys === undefined ? null : [keys].flat().sort();
};

describe('data stack', () => {
  it('keeps the table: PITR, customer-managed key, deletion protection, retained, streams, shared indexes', () => {
    t.data.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        TableName: 'cong-minh-cases',
        StreamSpecification: { StreamViewType: tableDefinition.stream },
        SSESpecification: Match.objectLike({ SSEEnabled: true, SSEType: 'KMS' }),
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          }),
        ],
        GlobalSecondaryIndexes: Object.values(tableDefinition.indexes).map((i) =>
          Match.objectLike({
            IndexName: i.name,
            KeySchema: [
              { AttributeName: i.partitionKey, KeyType: 'HASH' },
              { AttributeName: i.sortKey, KeyType: 'RANGE' },
            ],
          }),
        ),
      }),
    });
  });

  it('keeps documents in a private, KMS-encrypted, versioned bucket, retained', () => {
    t.data.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [
            Match.objectLike({
              ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: 'aws:kms' }),
            }),
          ],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        VersioningConfiguration: { Status: 'Enabled' },
      }),
    });
    const upload = actionsOf(statementsOf(t.api, 'PostAttachment'));
    expect(upload).toContain('s3:PutObject');
    expect(upload).not.toContain('s3:GetObject');
    // Unfiled uploads expire: the rule filters on the very tag every upload URL signs in.
    t.data.hasResourceProperties('AWS::S3::Bucket', {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({
            Prefix: 'uploads/',
            TagFilters: [{ Key: UPLOAD_TAG.key, Value: UPLOAD_TAG.pending }],
            ExpirationInDays: 2,
            Status: 'Enabled',
          }),
        ]),
      },
    });
  });

  it('rotates the symmetric keys, retains every key, and signs checkpoints with an asymmetric key', () => {
    const keys = Object.values(t.data.findResources('AWS::KMS::Key')) as {
      DeletionPolicy: string;
      Properties: { EnableKeyRotation?: boolean; KeySpec?: string; KeyUsage?: string };
    }[];
    expect(keys).toHaveLength(3);
    for (const k of keys) {
      expect(k.DeletionPolicy).toBe('Retain');
      // KMS rotates only symmetric keys; the signing key is replaced by a new key id if ever needed.
      if (k.Properties.KeyUsage === 'SIGN_VERIFY') expect(k.Properties.KeySpec).toBe('ECC_NIST_P256');
      else expect(k.Properties.EnableKeyRotation).toBe(true);
    }
    expect(keys.filter((k) => k.Properties.KeyUsage === 'SIGN_VERIFY')).toHaveLength(1);
  });

  it('keeps checkpoints in a compliance-mode Object Lock bucket', () => {
    t.data.hasResourceProperties('AWS::S3::Bucket', {
      ObjectLockEnabled: true,
      ObjectLockConfiguration: {
        ObjectLockEnabled: 'Enabled',
        Rule: { DefaultRetention: { Mode: 'COMPLIANCE', Days: 3653 } },
      },
      VersioningConfiguration: { Status: 'Enabled' },
    });
  });
});

describe('auth stack', () => {
  it('adds the committees claim to access tokens with a V2 pre-token trigger', () => {
    t.auth.hasResourceProperties('AWS::Cognito::UserPool', {
      LambdaConfig: { PreTokenGenerationConfig: Match.objectLike({ LambdaVersion: 'V2_0' }) },
      Schema: Match.arrayWith([Match.objectLike({ Name: 'committees', Mutable: true })]),
    });
  });

  it('has one group per role, no self sign-up, MFA required', () => {
    t.auth.resourceCountIs('AWS::Cognito::UserPoolGroup', 6);
    t.auth.hasResourceProperties('AWS::Cognito::UserPool', {
      MfaConfiguration: 'ON',
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
    });
  });
});

describe('workflow stack', () => {
  it('is a Standard state machine with a fixed name, tracing and logs without execution data', () => {
    t.workflow.hasResourceProperties('AWS::StepFunctions::StateMachine', {
      StateMachineName: 'cong-minh-case-lifecycle',
      StateMachineType: 'STANDARD',
      TracingConfiguration: { Enabled: true },
      LoggingConfiguration: Match.objectLike({ Level: 'ALL', IncludeExecutionData: false }),
    });
  });

  it('lets the state machine update only the case table to park its token', () => {
    const statements = statementsOf(t.workflow, 'CaseLifecycleRole');
    const park = statements.find((s) => actionsOf([s]).includes('dynamodb:UpdateItem'));
    expect(JSON.stringify(park?.Resource)).toContain('table/cong-minh-cases');
  });

  it('gives every task state a Retry or Catch and a timeout, and parks with .waitForTaskToken', () => {
    const asl = caseLifecycleAsl({ tableName: 'cong-minh-cases', functionPrefix: 'cm' }) as {
      States: Record<string, Record<string, unknown>>;
    };
    const tasks = Object.entries(asl.States).filter(([, s]) => s.Type === 'Task');
    expect(tasks.map(([n]) => n).sort()).toEqual([S.Advance, S.AwaitStaff].sort());
    for (const [name, s] of tasks) {
      expect(s.TimeoutSeconds, name).toBeGreaterThan(0);
      expect(s.Catch, name).toBeDefined();
      expect(s.Retry, name).toBeDefined();
    }
    expect(asl.States[S.AwaitStaff]!.Resource).toBe(
      'arn:aws:states:::aws-sdk:dynamodb:updateItem.waitForTaskToken',
    );
    expect(JSON.stringify(asl)).not.toContain('JSONata');
  });

  it('schedules alerts through a role only the scheduler can assume, with an encrypted dead-letter queue', () => {
    t.workflow.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'cong-minh-deadlines' });
    t.workflow.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: Match.objectLike({
        Statement: [
          Match.objectLike({
            Principal: { Service: 'scheduler.amazonaws.com' },
            Condition: { StringEquals: { 'aws:SourceAccount': '111111111111' } },
          }),
        ],
      }),
    });
    t.workflow.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true });
    const advance = actionsOf(statementsOf(t.workflow, 'AdvanceFn'));
    expect(advance).toEqual(
      expect.arrayContaining([
        'scheduler:CreateSchedule',
        'scheduler:DeleteSchedule',
        'iam:PassRole',
        'ses:SendEmail',
      ]),
    );
  });

  it('alarms on failed executions, undelivered alerts, uncounted audit events and cases not recounted', () => {
    const alarms = Object.values(t.workflow.findResources('AWS::CloudWatch::Alarm')) as {
      Properties: { MetricName: string; Namespace: string };
    }[];
    expect(alarms.map((a) => `${a.Properties.Namespace}:${a.Properties.MetricName}`).sort()).toEqual([
      'AWS/Lambda:Errors',
      'AWS/SQS:ApproximateNumberOfMessagesVisible',
      'AWS/SQS:ApproximateNumberOfMessagesVisible',
      'AWS/SQS:ApproximateNumberOfMessagesVisible',
      'AWS/States:ExecutionsFailed',
    ]);
  });

  it('counts open cases again hourly with a new calendar edition, one run at a time', () => {
    t.workflow.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 hour)' });
    t.workflow.hasResourceProperties('AWS::Lambda::Function', {
      ReservedConcurrentExecutions: 1,
      Timeout: 900,
    });
  });

  it('feeds only inserted audit events from the stream to the projector, retrying failed items', () => {
    t.workflow.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: {
        Filters: [
          {
            Pattern: JSON.stringify({
              eventName: ['INSERT'],
              dynamodb: { Keys: { SK: { S: [{ prefix: 'EVT#' }] } } },
            }),
          },
        ],
      },
      DestinationConfig: { OnFailure: { Destination: Match.anyValue() } },
    });
  });

  it('lets only the anchor sign checkpoints, and the anchor nothing but sign, append and read the stream', () => {
    const all = [t.api, t.workflow].flatMap((tpl) =>
      Object.entries(tpl.findResources('AWS::IAM::Policy')).flatMap(([id, p]) =>
        (
          p as { Properties: { PolicyDocument: { Statement: Statement[] } } }
        ).Properties.PolicyDocument.Statement.map((st) => ({ id, st })),
      ),
    );
    const signers = all.filter(({ st }) => actionsOf([st]).includes('kms:Sign')).map(({ id }) => id);
    expect(signers.length).toBe(1);
    expect(signers[0]).toMatch(/^AuditAnchor/);
    const anchor = all.filter(({ id }) => id.startsWith('AuditAnchor')).flatMap(({ st }) => actionsOf([st]));
    const streamOnly = [
      'dynamodb:DescribeStream',
      'dynamodb:GetRecords',
      'dynamodb:GetShardIterator',
      'dynamodb:ListStreams',
    ];
    expect(anchor.filter((a) => a.startsWith('dynamodb:') && !streamOnly.includes(a))).toEqual([]);
    expect(anchor).toEqual(expect.arrayContaining(['kms:Sign', 's3:PutObject']));
    const appenders = all.filter(
      ({ st }) =>
        actionsOf([st]).includes('s3:PutObject') && JSON.stringify(st.Resource).includes('checkpoints'),
    );
    expect(appenders.map(({ id }) => id).every((id) => id.startsWith('AuditAnchor'))).toBe(true);
  });

  it('lets only the Advance task open the identity vault (to address notices)', () => {
    const onVault = (prefix: string) =>
      statementsOf(t.workflow, prefix).filter((st) => JSON.stringify(st.Resource).includes('VaultKey'));
    expect(actionsOf(onVault('AdvanceFn'))).toContain('kms:Decrypt');
    expect(actionsOf(onVault('DeadlineAlertFn'))).not.toContain('kms:Decrypt');
  });

  it('passes asl-validator', () => {
    const result = aslValidator(caseLifecycleAsl({ tableName: 'cong-minh-cases', functionPrefix: 'cm' }));
    expect(result.errors).toEqual([]);
    expect(result.isValid).toBe(true);
  });
});

describe('api stack', () => {
  it('puts the JWT authorizer on every staff route and on no public route', () => {
    const authorizers = t.api.findResources('AWS::ApiGatewayV2::Authorizer');
    expect(Object.values(authorizers)).toEqual([
      expect.objectContaining({ Properties: expect.objectContaining({ AuthorizerType: 'JWT' }) }),
    ]);
    const apiRoutes = Object.values(t.api.findResources('AWS::ApiGatewayV2::Route')) as {
      Properties: { RouteKey: string; AuthorizationType: string };
    }[];
    expect(apiRoutes).toHaveLength(routes.length);
    for (const r of routes) {
      const found = apiRoutes.find((x) => x.Properties.RouteKey === `${r.method} ${r.path}`);
      expect(found?.Properties.AuthorizationType, r.path).toBe(r.audience === 'staff' ? 'JWT' : 'NONE');
    }
  });

  it('uses the house defaults for every function', () => {
    const fns = Object.values(t.api.findResources('AWS::Lambda::Function')) as {
      Properties: Record<string, unknown>;
    }[];
    // One per route, and the document renderer the action route invokes.
    expect(fns).toHaveLength(routes.length + 1);
    for (const f of fns) {
      expect(f.Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
      });
    }
  });

  it('renders documents in their own function: fonts beside the bundle, writes only documents/*, invoked by the action route only', () => {
    const fns = t.api.findResources('AWS::Lambda::Function');
    const [id, renderer] = Object.entries(fns).find(([k]) => k.startsWith('RenderDocumentFn'))! as [
      string,
      { Properties: { Environment: { Variables: Record<string, string> }; MemorySize: number } },
    ];
    expect(renderer.Properties.Environment.Variables.CM_FONT_DIR).toBe('/var/task');
    const writes = statementsOf(t.api, 'RenderDocumentFn').filter((s) =>
      actionsOf([s]).includes('s3:PutObject'),
    );
    expect(JSON.stringify(writes.map((s) => s.Resource))).toContain('documents/*');
    expect(actionsOf(statementsOf(t.api, 'RenderDocumentFn')).some((a) => a.startsWith('dynamodb:'))).toBe(
      false,
    );
    const invokers = Object.keys(t.api.findResources('AWS::IAM::Policy')).filter((p) =>
      JSON.stringify(t.api.findResources('AWS::IAM::Policy')[p]).includes('lambda:InvokeFunction'),
    );
    expect(invokers.length).toBe(1);
    expect(invokers[0]).toMatch(/^PostAction/);
    expect(JSON.stringify(t.api.findResources('AWS::IAM::Policy')[invokers[0]!])).toContain(id);
    const reads = statementsOf(t.api, 'GetPublicDocument').filter((s) =>
      actionsOf([s]).includes('s3:GetObject'),
    );
    expect(JSON.stringify(reads.map((s) => s.Resource))).toContain('documents/*');
  });

  it('grants the callback to the action handler on the named state machine, without a cycle', () => {
    const statements = statementsOf(t.api, 'PostAction');
    const callback = statements.find((s) => actionsOf([s]).includes('states:SendTaskSuccess'));
    expect(JSON.stringify(callback?.Resource)).toContain('stateMachine:cong-minh-case-lifecycle');
    // the public lookup can only count failed lookups (RATE#): no other write, no signal
    const lookup = statementsOf(t.api, 'GetPublicCase');
    const writes = lookup.filter((st) => actionsOf([st]).includes('dynamodb:UpdateItem'));
    expect(writes.map((st) => leadingKeys(st))).toEqual([['RATE#*']]);
    expect(actionsOf(lookup).some((a) => /states:/.test(a))).toBe(false);
    // a whole-app synth would throw on a dependency cycle
    expect(() => newApp().synth()).not.toThrow();
  });

  it('binds exactly the routes that declare table keys to the table', () => {
    const fns = t.api.findResources('AWS::Lambda::Function');
    for (const r of routes) {
      const fn = Object.entries(fns).find(([id]) => id.startsWith(r.id))?.[1] as
        | { Properties: { Environment: { Variables: Record<string, unknown> } } }
        | undefined;
      expect(fn?.Properties.Environment.Variables.CM_TABLE_NAME !== undefined, r.id).toBe(
        (r.needs as Needs).table !== undefined,
      );
    }
    const withdraw = actionsOf(statementsOf(t.api, 'PostWithdraw'));
    expect(withdraw).toEqual(expect.arrayContaining(['states:SendTaskSuccess', 'states:StartExecution']));
  });

  it('lets intake seal identities with the vault key, and only the audited reveals open them', () => {
    const onVaultKey = (prefix: string) =>
      statementsOf(t.api, prefix).filter((st) => JSON.stringify(st.Resource).includes('VaultKey'));
    expect(actionsOf(onVaultKey('PostCase'))).toContain('kms:Encrypt');
    expect(actionsOf(onVaultKey('PostDeskCase'))).toContain('kms:Encrypt');
    // The reveal, a printed letter, and the reception register (names are its columns): each logged.
    const reveals = ['RevealIdentity', 'PrintLetter', 'GetReceptionRegister'];
    for (const r of routes.filter((x) => !reveals.includes(x.id)))
      expect(actionsOf(onVaultKey(r.id)), r.id).not.toContain('kms:Decrypt');
    for (const r of reveals) expect(actionsOf(onVaultKey(r)), r).toContain('kms:Decrypt');
  });

  it('gives each function exactly the vault-key actions its code calls (KMS table printed)', () => {
    const kmsOf = (template: Template) =>
      Object.entries(template.findResources('AWS::IAM::Policy')).flatMap(([id, p]) =>
        (
          p as { Properties: { PolicyDocument: { Statement: Statement[] } } }
        ).Properties.PolicyDocument.Statement.flatMap((st) =>
          actionsOf([st])
            .filter((a) => a.startsWith('kms:'))
            .map((a) => ({
              role: id.replace(/(Fn)?(ServiceRole)?DefaultPolicy.*$/, ''),
              action: a,
              key: /VaultKey/.test(JSON.stringify(st.Resource))
                ? 'vault'
                : /AnchorKey/.test(JSON.stringify(st.Resource))
                  ? 'anchor'
                  : 'table',
            })),
        ),
      );
    const rows = [...kmsOf(t.api), ...kmsOf(t.workflow)];
    const table = new Map<string, Set<string>>();
    for (const r of rows) table.set(r.role, (table.get(r.role) ?? new Set()).add(`${r.key}:${r.action}`));
    console.log(
      [...table].map(([role, acts]) => `${role.padEnd(28)} ${[...acts].sort().join(', ')}`).join('\n'),
    );
    // No wildcard and no re-encryption on the vault key: a sealed identity cannot be moved out unseen.
    expect(
      rows.filter(
        (r) => r.key === 'vault' && (r.action.includes('*') || r.action.startsWith('kms:ReEncrypt')),
      ),
    ).toEqual([]);
    // Only the audited reveals (reveal, print, the reception register's export) and the functions
    // that deliver notices as they advance a case (the Advance task, the daily deadline recount,
    // which e-mails the filer of a moved deadline) may unwrap an identity.
    const unwrap = rows.filter((r) => r.key === 'vault' && r.action === 'kms:Decrypt').map((r) => r.role);
    expect(unwrap.sort()).toEqual([
      'Advance',
      'GetReceptionRegister',
      'PrintLetter',
      'RecountDeadlines',
      'RevealIdentity',
    ]);
    expect(
      rows.filter((r) => r.role.startsWith('PostCase') && r.key === 'vault').map((r) => r.action),
    ).toEqual(['kms:Encrypt']);
    // The checkpoint key: the anchor signs, verifiers read the public key, nobody else touches it.
    const anchorKey = rows.filter((r) => r.key === 'anchor');
    expect(anchorKey.filter((r) => r.action === 'kms:Sign').map((r) => r.role)).toEqual(['AuditAnchor']);
    expect(
      anchorKey
        .filter((r) => r.action !== 'kms:Sign')
        .every((r) => r.action === 'kms:GetPublicKey' && /^Verify(Audit|AdminLog)/.test(r.role)),
    ).toBe(true);
  });
});

describe('the edge: CloudFront is the one way in', () => {
  it('rate-limits each viewer address with WAF on the distribution (on by default)', () => {
    const edge = Template.fromStack(stacks.edge!);
    expect(stacks.edge!.region).toBe('us-east-1');
    edge.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'CLOUDFRONT',
      Rules: Match.arrayWith([
        Match.objectLike({
          Name: 'PublicApiPerAddress',
          Statement: {
            RateBasedStatement: Match.objectLike({
              Limit: DEFAULT_EDGE_LIMITS.publicPer5Min,
              AggregateKeyType: 'IP',
            }),
          },
        }),
        Match.objectLike({
          Name: 'AllPerAddress',
          Statement: { RateBasedStatement: Match.objectLike({ Limit: DEFAULT_EDGE_LIMITS.allPer5Min }) },
        }),
      ]),
    });
    Template.fromStack(stacks.web).hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({ WebACLId: Match.anyValue() }),
    });
    const off = buildStacks(
      new App({ context: { ...appContext, 'aws:cdk:bundling-stacks': [], waf: 'off' } }),
      env,
    );
    expect(off.edge).toBeUndefined();
  });

  it('sends the origin secret from CloudFront, and every API function refuses requests without it', () => {
    const web = JSON.stringify(Template.fromStack(stacks.web).toJSON());
    expect(web).toContain('x-cm-origin-verify');
    // The viewer function passes the site's host on, for tracking links on the site's own address.
    expect(web).toContain('x-cm-site-host');
    const fns = Object.entries(t.api.findResources('AWS::Lambda::Function')).filter(
      ([id]) => !id.startsWith('RenderDocument'),
    ) as [string, { Properties: { Environment: { Variables: Record<string, unknown> } } }][];
    expect(fns).toHaveLength(routes.length);
    for (const [id, f] of fns) {
      expect(f.Properties.Environment.Variables.CM_ORIGIN_VERIFY, id).toBeDefined();
      expect(JSON.stringify(f.Properties.Environment.Variables.CM_PUBLIC_BASE_URL ?? ''), id).not.toContain(
        'execute-api',
      );
    }
  });
});

describe('web stack', () => {
  it('serves the site from a private bucket through CloudFront with security headers and HSTS', () => {
    const web = Template.fromStack(stacks.web);
    web.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    web.hasResourceProperties('AWS::CloudFront::OriginAccessControl', Match.anyValue());
    web.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          StrictTransportSecurity: Match.objectLike({ Preload: true }),
          FrameOptions: { FrameOption: 'DENY', Override: true },
        }),
      }),
    });
    // Page paths get their page (the filing form at the root), as the local server does.
    const fns = Object.values(web.findResources('AWS::CloudFront::Function')).map(
      (f) => f.Properties.FunctionCode,
    );
    expect(
      fns.some((c: string) => c.includes('["file","track","staff","dashboard"]') && c.includes(": 'file')")),
    ).toBe(true);
    // The CSP names the attachment bucket as the only other origin (filers' uploads go straight there).
    const [policy] = Object.values(web.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
    const csp = JSON.stringify(
      policy?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy,
    );
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(
      /connect-src 'self' https:\/\/",\{"Fn::ImportValue":"CongMinhData:[^"]*Attachments[^"]*RegionalDomainName/,
    );
    web.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        CacheBehaviors: [Match.objectLike({ PathPattern: '/api/*', ViewerProtocolPolicy: 'https-only' })],
      }),
    });
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('has no unacknowledged finding', () => {
    const app = newApp();
    Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
    acknowledgeFindings(buildStacks(app, env));
    expect(() => app.synth()).not.toThrow();
  });
});

describe('rights per role, derived from the declared needs', () => {
  type Row = { role: string; read: string[]; write: string[]; other: string[] };
  const pattern = (prefixes: readonly string[]) =>
    prefixes.map((p) => (p.endsWith('#') ? `${p}*` : p)).sort();
  const rightsOf = (template: Template): Row[] =>
    Object.entries(template.findResources('AWS::IAM::Policy')).map(([id, p]) => {
      const statements = (p as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties
        .PolicyDocument.Statement;
      const row: Row = {
        role: id.replace(/(Fn)?(ServiceRole)?DefaultPolicy.*$/, ''),
        read: [],
        write: [],
        other: [],
      };
      // A role may carry a Deny that limits every item action to some prefixes (the state machine's park step).
      const denied = statements.find(
        (st) =>
          st.Effect === 'Deny' &&
          (st as { Condition?: Record<string, unknown> }).Condition?.['ForAnyValue:StringNotLike'] !==
            undefined,
      );
      for (const st of statements.filter((x) => x.Effect === 'Allow')) {
        const acts = actionsOf([st]);
        const item = acts.filter((a) =>
          /^dynamodb:(GetItem|BatchGetItem|Query|ConditionCheckItem|PutItem|UpdateItem|DeleteItem|BatchWriteItem)$/.test(
            a,
          ),
        );
        if (item.length) {
          const keys =
            leadingKeys(st) ??
            (denied
              ? [
                  (denied as unknown as { Condition: Record<string, Record<string, string[]>> }).Condition[
                    'ForAnyValue:StringNotLike'
                  ]!['dynamodb:LeadingKeys']!,
                ].flat()
              : null);
          // Every item action is limited to declared key prefixes; none is ever unlimited.
          expect(keys, `${row.role} ${item.join(',')}`).not.toBeNull();
          if (item.includes('dynamodb:PutItem') || item.includes('dynamodb:UpdateItem'))
            row.write.push(...(keys ?? []));
          else row.read.push(...(keys ?? []));
        }
        row.other.push(...acts.filter((a) => !item.includes(a)));
      }
      return row;
    });

  it('limits each function to the key prefixes it declares, reads and writes apart, and prints the table', () => {
    const rows = [...rightsOf(t.api), ...rightsOf(t.workflow)];
    const declared = [
      ...routes.map((r) => ({ id: r.id as string, needs: r.needs as Needs })),
      ...[taskFunctions, scheduledFunctions, streamFunctions, invokedFunctions].flatMap((g) =>
        Object.values(g).map((f) => ({ id: f.id as string, needs: f.needs as Needs })),
      ),
    ];
    for (const d of declared) {
      const row = rows.find((r) => r.role === d.id.replace(/Fn$/, ''));
      expect(row, d.id).toBeDefined();
      expect(row!.read.sort(), `${d.id} reads`).toEqual(
        d.needs.table ? pattern(readablePrefixes(d.needs)) : [],
      );
      expect(row!.write.sort(), `${d.id} writes`).toEqual(pattern(d.needs.table?.write ?? []));
    }
    // The unauthenticated routes write only what they declare; the tracking routes only count.
    for (const id of ['GetPublicCase', 'GetPublicDocument'])
      expect(rows.find((r) => r.role === id)!.write).toEqual(['RATE#*']);
    const print = rows
      .filter((r) => r.read.length || r.write.length || r.other.length)
      .map((r) =>
        [
          r.role.padEnd(22),
          `read ${r.read.join(' ') || '-'}`.padEnd(70),
          `write ${r.write.join(' ') || '-'}`.padEnd(60),
          [...new Set(r.other)].sort().join(' '),
        ].join(' '),
      );
    console.log(`IAM rights per role\n${print.join('\n')}`);
  });
});
