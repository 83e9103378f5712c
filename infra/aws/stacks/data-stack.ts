/** Stateful resources, retained and deletion-protected: the one table, the vault key, the receipt secret. */
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Key, KeySpec, KeyUsage } from 'aws-cdk-lib/aws-kms';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectLockRetention,
} from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { tableDefinition } from '../../../shared/store/table.js';
import { ANCHOR_BUCKET_NAME, ATTACHMENT_BUCKET_NAME, TABLE_NAME } from '../constructs/bindings.js';

export class DataStack extends Stack {
  readonly table: TableV2;
  readonly tableKey: Key;
  readonly vaultKey: Key;
  readonly receiptSecret: Secret;
  readonly attachments: Bucket;
  /** Signs audit checkpoints; only the anchor function may use it to sign. */
  readonly anchorKey: Key;
  /** The checkpoint log: write-once objects, compliance-mode Object Lock. */
  readonly checkpoints: Bucket;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.tableKey = new Key(this, 'TableKey', {
      description: 'Công Minh: encryption of the case table',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.vaultKey = new Key(this, 'VaultKey', {
      description: 'Công Minh: wraps identity-vault data keys (encryption context caseId)',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const d = tableDefinition;
    this.table = new TableV2(this, 'Cases', {
      tableName: TABLE_NAME,
      partitionKey: { name: d.partitionKey, type: AttributeType.STRING },
      sortKey: { name: d.sortKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.customerManagedKey(this.tableKey),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      dynamoStream: StreamViewType[d.stream],
      timeToLiveAttribute: d.ttlAttribute,
      globalSecondaryIndexes: Object.values(d.indexes).map((i) => ({
        indexName: i.name,
        partitionKey: { name: i.partitionKey, type: AttributeType.STRING },
        sortKey: { name: i.sortKey, type: AttributeType.STRING },
      })),
    });
    // Citizens' documents: private, encrypted with the table key, TLS only, kept with the cases.
    this.attachments = new Bucket(this, 'Attachments', {
      bucketName: ATTACHMENT_BUCKET_NAME(this.account, this.region),
      encryption: BucketEncryption.KMS,
      encryptionKey: this.tableKey,
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // Uploads come straight from the filer's browser to a presigned URL.
      cors: [
        {
          allowedMethods: [HttpMethods.PUT],
          allowedOrigins: ['*'],
          allowedHeaders: ['content-type', 'x-amz-checksum-sha256'],
          maxAge: 3600,
        },
      ],
      // Reservations never attached are removed after two days.
      lifecycleRules: [
        { prefix: 'uploads/', tagFilters: { state: 'pending' }, expiration: Duration.days(2) },
      ],
    });
    // Anchoring (DESIGN.md §3): an asymmetric key whose private half never leaves KMS, and a bucket
    // where a checkpoint, once written, cannot be overwritten or deleted by anyone (root included)
    // for ten years, the retention of a resolution file.
    this.anchorKey = new Key(this, 'AnchorKey', {
      description: 'Công Minh: signs audit checkpoints (ECDSA P-256); Sign for the anchor function only',
      keySpec: KeySpec.ECC_NIST_P256,
      keyUsage: KeyUsage.SIGN_VERIFY,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.checkpoints = new Bucket(this, 'Checkpoints', {
      bucketName: ANCHOR_BUCKET_NAME(this.account, this.region),
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.compliance(Duration.days(3653)),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.receiptSecret = new Secret(this, 'ReceiptSecret', {
      description: 'Công Minh: HMAC key for receipt lookups (rotating it invalidates every receipt)',
      // Not the vault key: reading this secret must not give kms:Decrypt on identities.
      encryptionKey: this.tableKey,
      removalPolicy: RemovalPolicy.RETAIN,
      generateSecretString: {
        secretStringTemplate: '{}',
        generateStringKey: 'receiptKey',
        passwordLength: 64,
        excludePunctuation: true,
      },
    });
  }
}
