/** Key builders for every item type of the one table. */
export const keys = {
  case: (caseId: string) => ({ PK: `CASE#${caseId}`, SK: 'CASE' }),
  event: (caseId: string, seq: number) => ({
    PK: `CASE#${caseId}`,
    SK: `EVT#${String(seq).padStart(8, '0')}`,
  }),
  eventPrefix: 'EVT#',
  identity: (caseId: string) => ({ PK: `CASE#${caseId}`, SK: 'IDENTITY' }),
  receipt: (receiptHmac: string) => ({ PK: `RCPT#${receiptHmac}`, SK: 'RCPT' }),
  /** Reference → case id (second-instance links, duplicates). */
  reference: (reference: string) => ({ PK: `REF#${reference}`, SK: 'REF' }),
  /** A rendered document of a case (draft, issued decision, notice), keyed by its SHA-256. */
  document: (caseId: string, documentId: string) => ({ PK: `CASE#${caseId}`, SK: `DOC#${documentId}` }),
  documentPrefix: 'DOC#',
  /** A committee's register of issued documents for a year: the last number given. */
  register: (committee: string, year: string) => ({ PK: `REGISTER#${committee}#${year}`, SK: 'REGISTER' }),
  /** The admin log: one chain (events `EVT#<seq>`) and its head. */
  adminLogPK: 'ADMINLOG',
  adminLogHead: { PK: 'ADMINLOG', SK: 'HEAD' },
  adminLogEvent: (seq: number) => ({ PK: 'ADMINLOG', SK: `EVT#${String(seq).padStart(8, '0')}` }),
  idempotency: (keyHash: string) => ({ PK: `IDEM#${keyHash}`, SK: 'IDEM' }),
  /** Every case by the month it was received: how a recount finds all cases without a Scan. */
  caseIndex: (month: string, caseId: string) => ({ PK: `CASES#${month}`, SK: caseId }),
  caseIndexPk: (month: string) => `CASES#${month}`,
  queuePk: (committee: string, status: string) => `QUEUE#${committee}#${status}`,
  assigneePk: (staffId: string) => `ASSIGNEE#${staffId}`,
  /** The cases a staff member worked on that are decided or ended, the latest first. */
  donePk: (staffId: string) => `DONE#${staffId}`,
  /** A case's entry in one assignee's work list. */
  assignment: (caseId: string, staffId: string) => ({ PK: `CASE#${caseId}`, SK: `ASSIGNEE#${staffId}` }),
  /** A case's entry in the find index under one facet value or word (shared/store/find-index.ts). */
  find: (caseId: string, slot: string) => ({ PK: `CASE#${caseId}`, SK: `FIND#${slot}` }),
  findPk: (committee: string, facet: string, value: string) => `FIND#${committee}#${facet}#${value}`,
  openPk: (committee: string) => `OPEN#${committee}`,
  overduePk: (committee: string) => `OVERDUE#${committee}`,
  /** Sorts by due date; cases without a running deadline sort last. */
  dueSk: (dueAt: string | null, caseId: string) => `${dueAt ?? '9999-12-31T23:59:59.999Z'}#${caseId}`,
};

export const KEY_ATTRIBUTES = [
  'PK',
  'SK',
  'GSI1PK',
  'GSI1SK',
  'GSI2PK',
  'GSI2SK',
  'GSI3PK',
  'GSI3SK',
  'GSI4PK',
  'GSI4SK',
  'GSI5PK',
  'GSI5SK',
  'entity',
  'expiresAt',
] as const;

export function stripKeys<T extends Record<string, unknown>>(item: T): Record<string, unknown> {
  const out: Record<string, unknown> = { ...item };
  for (const k of KEY_ATTRIBUTES) delete out[k];
  return out;
}

/**
 * The partition key prefixes of the table and its indexes. Each function declares the ones it reads
 * and writes (shared/api/routes.ts, functions/tasks/registry.ts); IAM's `dynamodb:LeadingKeys` and
 * the local runtime hold it to them.
 */
export const KEY_PREFIXES = [
  'CASE#',
  'CASES#',
  'RCPT#',
  'REF#',
  'ATT#',
  'IDEM#',
  'RATE#',
  'REGISTER#',
  'CONFIG#',
  'STAFF#',
  'GRANTS',
  'ADMINLOG',
  'METRIC#',
  // Index partitions (sparse keys on case items).
  'QUEUE#',
  'ASSIGNEE#',
  'DONE#',
  'OPEN#',
  'OVERDUE#',
  'FIND#',
] as const;
export type KeyPrefix = (typeof KEY_PREFIXES)[number];

/** The declared prefix a partition key value falls under, if any. */
export function prefixOf(pk: string): KeyPrefix | undefined {
  return KEY_PREFIXES.find((p) => (p.endsWith('#') ? pk.startsWith(p) : pk === p));
}
