/**
 * Bind a function to a resource: each binding sets the environment variable the code reads and
 * grants exactly the access that code needs, together, so neither can be forgotten.
 */
import { ArnFormat, Stack } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import { type ITableV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { type IKey, Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction, Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { type ISecret, Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { type Needs, readablePrefixes } from '../../../shared/api/needs.js';
import { ENV } from '../../../shared/lambda/config.js';
import type { DataStack } from '../stacks/data-stack.js';

export const STATE_MACHINE_NAME = 'cong-minh-case-lifecycle';
/** Fixed so consumers can refer to it by name (deterministic ARNs, no cross-stack token). */
export const TABLE_NAME = 'cong-minh-cases';
export const ATTACHMENT_BUCKET_NAME = (account: string, region: string) =>
  `cong-minh-attachments-${account}-${region}`;

export const ANCHOR_BUCKET_NAME = (account: string, region: string) =>
  `cong-minh-checkpoints-${account}-${region}`;

export function stateMachineArn(stack: Stack): string {
  return stack.formatArn({
    service: 'states',
    resource: 'stateMachine',
    resourceName: STATE_MACHINE_NAME,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
}

interface ImportedData {
  table: ITableV2;
  vaultKey: IKey;
  receiptSecret: ISecret;
}

const imported = new WeakMap<Stack, ImportedData>();

/**
 * The data stack's resources as seen from a consuming stack. Grants on imported resources go to the
 * function's own role policy; grants on the owned keys would write the consumer's role into the
 * data stack's key policies and make the data stack depend on every consumer (a cycle).
 */
function dataIn(stack: Stack, data: DataStack): ImportedData {
  let d = imported.get(stack);
  if (!d) {
    stack.node.addDependency(data);
    d = {
      table: TableV2.fromTableAttributes(stack, 'ImportedCases', {
        tableName: TABLE_NAME,
        encryptionKey: Key.fromKeyArn(stack, 'ImportedTableKey', data.tableKey.keyArn),
        grantIndexPermissions: true,
      }),
      vaultKey: Key.fromKeyArn(stack, 'ImportedVaultKey', data.vaultKey.keyArn),
      receiptSecret: Secret.fromSecretAttributes(stack, 'ImportedReceiptSecret', {
        secretCompleteArn: data.receiptSecret.secretArn,
        encryptionKey: Key.fromKeyArn(stack, 'ImportedSecretKey', data.tableKey.keyArn),
      }),
    };
    imported.set(stack, d);
  }
  return d;
}

/** The case table as the consuming stack sees it (by name). */
export function caseTableIn(stack: Stack, data: DataStack): ITableV2 {
  return dataIn(stack, data).table;
}

/** What reading and writing items means to IAM (no Scan: nothing in the code scans). */
export const TABLE_READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
];
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
];

/**
 * The table, limited to the partition key prefixes the function declares (`dynamodb:LeadingKeys`;
 * on an index query the index's partition key is the leading key): reads on what it reads or
 * writes, writes on what it writes. The table's key is usable only through DynamoDB.
 */
export function bindTable(fn: LambdaFunction, data: DataStack, table: NonNullable<Needs['table']>): void {
  const stack = Stack.of(fn);
  const t = dataIn(stack, data).table;
  fn.addEnvironment(ENV.tableName, t.tableName);
  const leading = (prefixes: readonly string[]) => ({
    'ForAllValues:StringLike': {
      'dynamodb:LeadingKeys': prefixes.map((p) => (p.endsWith('#') ? `${p}*` : p)),
    },
  });
  const readable = readablePrefixes({ table });
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: TABLE_READ_ACTIONS,
      resources: [t.tableArn, `${t.tableArn}/index/*`],
      conditions: leading(readable),
    }),
  );
  const viaDynamo = { StringEquals: { 'kms:ViaService': `dynamodb.${stack.region}.amazonaws.com` } };
  const keyActions = ['kms:Decrypt', 'kms:DescribeKey'];
  if (table.write?.length) {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: TABLE_WRITE_ACTIONS,
        resources: [t.tableArn],
        conditions: leading(table.write),
      }),
    );
    keyActions.push('kms:Encrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*');
  }
  fn.addToRolePolicy(
    new PolicyStatement({ actions: keyActions, resources: [data.tableKey.keyArn], conditions: viaDynamo }),
  );
}

export interface NeedsContext {
  data: DataStack;
  /** The user pool, for admin routes. */
  userPool?: IUserPool;
  renderer?: IFunction;
  sesFrom?: string;
}

/** Everything a function declares it needs (shared/api/needs.ts), and nothing else. */
export function grantNeeds(fn: LambdaFunction, needs: Needs, ctx: NeedsContext): void {
  const { data } = ctx;
  if (needs.table) bindTable(fn, data, needs.table);
  if (needs.vault) bindVault(fn, data, needs.vault);
  if (needs.receiptSecret) bindReceiptSecret(fn, data);
  if (needs.attachments) bindAttachments(fn, data, needs.attachments);
  if (needs.documents) bindDocuments(fn, data, needs.documents);
  if (needs.workflow) bindWorkflow(fn, needs.workflow);
  if (needs.checkpoints) bindCheckpoints(fn, data, needs.checkpoints);
  if (needs.renderer) {
    if (!ctx.renderer) throw new Error(`${fn.node.id} needs the renderer`);
    bindRenderer(fn, ctx.renderer);
  }
  if (needs.email) bindNotifier(fn, ctx.sesFrom ?? 'no-reply@example.invalid');
  if (needs.userPool?.length) {
    if (!ctx.userPool) throw new Error(`${fn.node.id} needs the user pool`);
    fn.addEnvironment(ENV.userPoolId, ctx.userPool.userPoolId);
    ctx.userPool.grant(fn, ...needs.userPool);
  }
}

export function bindVault(fn: LambdaFunction, data: DataStack, use: 'seal' | 'open'): void {
  const { vaultKey } = dataIn(Stack.of(fn), data);
  fn.addEnvironment(ENV.kmsKeyId, vaultKey.keyArn);
  // Sealing only wraps a fresh data key (kms:Encrypt); opening only unwraps it (kms:Decrypt). CDK's
  // grantEncrypt would add kms:ReEncrypt*, enough to move a sealed key out without a reveal event.
  allowKey(fn, vaultKey, use === 'seal' ? ['kms:Encrypt'] : ['kms:Decrypt']);
}

export function bindReceiptSecret(fn: LambdaFunction, data: DataStack): void {
  const { receiptSecret } = dataIn(Stack.of(fn), data);
  fn.addEnvironment(ENV.secretArn, receiptSecret.secretArn);
  receiptSecret.grantRead(fn);
}

/** Attachments: presign uploads (`upload`), read them back to check and link (`read`). */
export function bindAttachments(fn: LambdaFunction, data: DataStack, use: 'upload' | 'read' | 'file'): void {
  const stack = Stack.of(fn);
  const bucket = Bucket.fromBucketName(
    stack,
    `ImportedAttachments-${fn.node.addr}`,
    ATTACHMENT_BUCKET_NAME(stack.account, stack.region),
  );
  fn.addEnvironment(ENV.attachmentBucket, bucket.bucketName);
  const tableKey = Key.fromKeyArn(stack, `AttachmentKey-${fn.node.addr}`, data.tableKey.keyArn);
  // Exactly what the code does: presigned PUTs, or HeadObject/GetObject (a range) on uploads.
  fn.addToRolePolicy(
    new PolicyStatement({
      // An upload carries its pending tag; filing re-tags it so the lifecycle rule keeps it.
      actions:
        use === 'upload'
          ? ['s3:PutObject', 's3:PutObjectTagging']
          : use === 'file'
            ? ['s3:GetObject', 's3:PutObjectTagging']
            : ['s3:GetObject'],
      resources: [bucket.arnForObjects('uploads/*')],
    }),
  );
  // S3 asks KMS with the signer's rights: a data key for an upload, a decrypt for a read.
  allowKey(fn, tableKey, use === 'upload' ? ['kms:GenerateDataKey'] : ['kms:Decrypt']);
}

/** Exactly the key actions the code calls, on that one key. */
function allowKey(fn: LambdaFunction, key: IKey, actions: string[]): void {
  fn.addToRolePolicy(new PolicyStatement({ actions, resources: [key.keyArn] }));
}

/** Notices: SES e-mail from a verified sender; letters go to the case table's outbox partition. */
export function bindNotifier(fn: LambdaFunction, from: string): void {
  fn.addEnvironment(ENV.sesFromAddress, from);
  const stack = Stack.of(fn);
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['ses:SendEmail'],
      resources: [stack.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' })],
      conditions: { StringEquals: { 'ses:FromAddress': from } },
    }),
  );
}

/**
 * Start executions and answer callbacks of the case workflow. The ARN is formatted from the fixed
 * name, not referenced, so the API stack does not depend on the workflow stack's resources
 * (a reference here created a dependency cycle; TOOLCHAIN.md pitfall 6).
 */
export function bindWorkflow(fn: LambdaFunction, use: { start?: boolean; callback?: boolean }): void {
  const stack = Stack.of(fn);
  const arn = stateMachineArn(stack);
  fn.addEnvironment(ENV.stateMachineArn, arn);
  if (use.start)
    fn.addToRolePolicy(new PolicyStatement({ actions: ['states:StartExecution'], resources: [arn] }));
  if (use.callback) {
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['states:SendTaskSuccess', 'states:SendTaskFailure'],
        resources: [arn],
      }),
    );
  }
}

/** Decision documents: the render function writes them, the document routes read them (`documents/*`). */
export function bindDocuments(fn: LambdaFunction, data: DataStack, use: 'write' | 'read'): void {
  const stack = Stack.of(fn);
  const bucket = Bucket.fromBucketName(
    stack,
    `ImportedDocuments-${fn.node.addr}`,
    ATTACHMENT_BUCKET_NAME(stack.account, stack.region),
  );
  fn.addEnvironment(ENV.attachmentBucket, bucket.bucketName);
  const tableKey = Key.fromKeyArn(stack, `DocumentKey-${fn.node.addr}`, data.tableKey.keyArn);
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: [use === 'write' ? 's3:PutObject' : 's3:GetObject'],
      resources: [bucket.arnForObjects('documents/*')],
    }),
  );
  allowKey(fn, tableKey, use === 'write' ? ['kms:GenerateDataKey'] : ['kms:Decrypt']);
}

/** The staff action function renders decision documents by invoking the render function. */
export function bindRenderer(fn: LambdaFunction, renderer: IFunction): void {
  fn.addEnvironment(ENV.renderFunction, renderer.functionName);
  // The function itself, not its versions and aliases (grantInvoke adds `:*`).
  fn.addToRolePolicy(
    new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [renderer.functionArn] }),
  );
}

/**
 * The checkpoint log: the anchor function appends (`kms:Sign`, `s3:PutObject`), verifiers read
 * (`kms:GetPublicKey`, list and get). Nobody else may sign; nobody at all may overwrite (Object Lock).
 */
export function bindCheckpoints(fn: LambdaFunction, data: DataStack, use: 'append' | 'read'): void {
  const stack = Stack.of(fn);
  const bucket = Bucket.fromBucketName(
    stack,
    `ImportedCheckpoints-${fn.node.addr}`,
    ANCHOR_BUCKET_NAME(stack.account, stack.region),
  );
  const key = Key.fromKeyArn(stack, `AnchorKey-${fn.node.addr}`, data.anchorKey.keyArn);
  fn.addEnvironment(ENV.anchorBucket, bucket.bucketName);
  fn.addEnvironment(ENV.anchorKeyId, key.keyArn);
  if (use === 'append') {
    fn.addToRolePolicy(
      new PolicyStatement({ actions: ['s3:PutObject'], resources: [bucket.arnForObjects('checkpoints/*')] }),
    );
    allowKey(fn, key, ['kms:Sign']);
    return;
  }
  fn.addToRolePolicy(
    new PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('checkpoints/*')] }),
  );
  fn.addToRolePolicy(
    new PolicyStatement({
      actions: ['s3:ListBucket'],
      resources: [bucket.bucketArn],
      conditions: { StringLike: { 's3:prefix': ['checkpoints/*'] } },
    }),
  );
  allowKey(fn, key, ['kms:GetPublicKey']);
}
