/**
 * What a function's code touches, declared as data next to its route (or task) so that the CDK app
 * grants exactly that and the local runtime refuses anything else. Pure data: no CDK, no SDK.
 */
import type { KeyPrefix } from '../store/keys.js';

/** Cognito actions an admin route calls on the user pool. */
export type UserPoolAction =
  | 'cognito-idp:ListUsers'
  | 'cognito-idp:AdminListGroupsForUser'
  | 'cognito-idp:AdminCreateUser'
  | 'cognito-idp:AdminUpdateUserAttributes'
  | 'cognito-idp:AdminAddUserToGroup'
  | 'cognito-idp:AdminRemoveUserFromGroup'
  | 'cognito-idp:AdminResetUserPassword';

export interface Needs {
  /**
   * Partition key prefixes (table and index) read, and written. A prefix written is also read
   * (conditional writes read the item they replace).
   */
  table?: { read?: readonly KeyPrefix[]; write?: readonly KeyPrefix[] };
  /** The identity vault key: `seal` wraps a fresh data key (Encrypt); `open` unwraps it (Decrypt). */
  vault?: 'seal' | 'open';
  /** The receipt HMAC key. */
  receiptSecret?: true;
  /** Uploads: presign a PUT (`upload`), read an upload back (`read`), or read and keep it (`file`). */
  attachments?: 'upload' | 'read' | 'file';
  /** Rendered decision documents. */
  documents?: 'read' | 'write';
  /** The case workflow: start executions, answer callback tokens. */
  workflow?: { start?: true; callback?: true };
  /** Invoke the document renderer synchronously. */
  renderer?: true;
  /** The signed checkpoint log: verify against it (`read`) or sign into it (`append`). */
  checkpoints?: 'read' | 'append';
  /** SES e-mail from the configured sender. */
  email?: true;
  /** The deadline alert schedules (EventBridge Scheduler). */
  schedules?: true;
  userPool?: readonly UserPoolAction[];
}

/** Prefixes a function may read (its reads and its writes). */
export function readablePrefixes(n: Needs): KeyPrefix[] {
  return [...new Set([...(n.table?.read ?? []), ...(n.table?.write ?? [])])];
}
