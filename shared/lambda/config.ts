/**
 * Environment names are constants; values are read lazily and fail fast, never captured at import,
 * so tests and the local runtime can set them before first use.
 */
export const ENV = {
  tableName: 'CM_TABLE_NAME',
  /** Tests: check every answer against the route table (status and schema). */
  checkResponses: 'CM_CHECK_RESPONSES',
  stateMachineArn: 'CM_STATE_MACHINE_ARN',
  secretArn: 'CM_SECRET_ARN',
  localSecretsFile: 'CM_LOCAL_SECRETS_FILE',
  kmsKeyId: 'CM_KMS_KEY_ID',
  localMasterKeyFile: 'CM_LOCAL_MASTER_KEY_FILE',
  dynamoEndpoint: 'CM_DYNAMODB_ENDPOINT',
  sfnEndpoint: 'CM_SFN_ENDPOINT',
  issuer: 'CM_JWT_ISSUER',
  jwksUrl: 'CM_JWKS_URL',
  clientId: 'CM_JWT_CLIENT_ID',
  publicBaseUrl: 'CM_PUBLIC_BASE_URL',
  /** AWS: the secret CloudFront adds to every request it forwards; requests without it are refused. */
  originVerify: 'CM_ORIGIN_VERIFY',
  /** Local: the outbox file every notice goes to (instead of SES and the letter queue). */
  localOutboxFile: 'CM_LOCAL_OUTBOX_FILE',
  sesFromAddress: 'CM_SES_FROM',
  /** Where notices for a committee's chair go, as JSON {committeeId: email}. */
  chairMailboxes: 'CM_CHAIR_MAILBOXES',
  /** Local: the sign-in users file the admin pages manage (AWS: the Cognito user pool below). */
  localUsersFile: 'CM_LOCAL_USERS_FILE',
  userPoolId: 'CM_USER_POOL_ID',
  attachmentBucket: 'CM_ATTACHMENT_BUCKET',
  /** Local: attachment files and the base URL of the gateway's signed blob route. */
  localBlobDir: 'CM_LOCAL_BLOB_DIR',
  localBlobUrl: 'CM_LOCAL_BLOB_URL',
  schedulerEndpoint: 'CM_SCHEDULER_ENDPOINT',
  schedulerGroup: 'CM_SCHEDULER_GROUP',
  schedulerRoleArn: 'CM_SCHEDULER_ROLE_ARN',
  alertFunctionArn: 'CM_ALERT_FUNCTION_ARN',
  alertDlqArn: 'CM_ALERT_DLQ_ARN',
  /** Filings allowed per hour, `perClient/global` (default: shared/store/rate-limits.ts). */
  submitLimits: 'CM_SUBMIT_LIMITS',
  /** The document render function (name or ARN) the API invokes; locally the Lambda stand-in's endpoint. */
  renderFunction: 'CM_RENDER_FUNCTION',
  lambdaEndpoint: 'CM_LAMBDA_ENDPOINT',
  /**
   * The OpenAPI document, generated from the route table when the function is built (beside the
   * bundle in AWS) or when the local runtime starts: the function serves a file instead of carrying
   * every route's schemas.
   */
  openApiFile: 'CM_OPENAPI_FILE',
  /** Where the render function finds its fonts (beside the bundle in AWS). */
  fontDir: 'CM_FONT_DIR',
  /** The checkpoint log (DESIGN.md §3 anchoring): an Object Lock bucket and a KMS signing key. */
  anchorBucket: 'CM_ANCHOR_BUCKET',
  anchorKeyId: 'CM_ANCHOR_KEY_ID',
  /** Local: the append-only checkpoint file and the P-256 key that signs it. */
  localCheckpointFile: 'CM_LOCAL_CHECKPOINT_FILE',
  localAnchorKeyFile: 'CM_LOCAL_ANCHOR_KEY_FILE',
} as const;

export function requireEnv(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`missing environment variable ${name}`);
  return v;
}

export function optionalEnv(name: string): string | undefined {
  return process.env[name] || undefined;
}
