/**
 * Anchoring (DESIGN.md §3, audit trail): every audit event's hash is countersigned, outside the reach
 * of the roles that write cases, in an append-only checkpoint log. A chain re-hashed by someone who can
 * write the table still verifies on its own; it no longer matches what was anchored when it was written.
 *
 * Pure: signing and storage are ports (`checkpoint-log.ts`); here is what a checkpoint is and how a
 * trail is judged against the checkpoints.
 */
import { createPublicKey, type KeyObject, verify as verifySignature } from 'node:crypto';
import * as z from 'zod/mini';
import { canonicalJson } from './canonical.js';
import { type AuditEvent, auditEventSchema, verifyChain } from './chain.js';

/** The log a chain is anchored in: one per case, and one for the admin log. */
export const caseLog = (caseId: string) => `case/${caseId}`;
export const ADMIN_LOG = 'admin';
/** The admin log is a chain like a case's; this is its chain id (event 1's prevHash is its hash). */
export const ADMIN_CHAIN_ID = 'admin-log';

export const checkpointEntrySchema = z.strictObject({
  seq: z.int().check(z.gte(1)),
  headHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type CheckpointEntry = z.infer<typeof checkpointEntrySchema>;

/** What the anchoring role signs: heads seen on the stream, in one log, at one time. */
export const unsignedCheckpointSchema = z.strictObject({
  v: z.literal(1),
  log: z.string().check(z.minLength(1)),
  entries: z.array(checkpointEntrySchema).check(z.minLength(1)),
  at: z.iso.datetime(),
  keyId: z.string().check(z.minLength(1)),
});
export type UnsignedCheckpoint = z.infer<typeof unsignedCheckpointSchema>;

export const checkpointSchema = z.extend(unsignedCheckpointSchema, {
  /** ECDSA P-256 over SHA-256 of the canonical JSON of the rest, DER, base64. */
  sig: z.string().check(z.minLength(1)),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const checkpointMessage = (c: UnsignedCheckpoint): Buffer =>
  Buffer.from(canonicalJson({ v: c.v, log: c.log, entries: c.entries, at: c.at, keyId: c.keyId }));

/** True when the checkpoint was signed by the key it names (and that key is one we trust). */
export function signedBy(c: Checkpoint, keys: ReadonlyMap<string, KeyObject>): boolean {
  try {
    // An unknown key id throws here too: no key, no evidence.
    return verifySignature('sha256', checkpointMessage(c), keys.get(c.keyId)!, Buffer.from(c.sig, 'base64'));
  } catch {
    return false;
  }
}

/** A DER (SubjectPublicKeyInfo) public key, as KMS `GetPublicKey` returns it. */
export const publicKeyFromDer = (der: Uint8Array): KeyObject =>
  createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });

export type TrailFault = 'malformed' | 'chain' | 'head' | 'anchor' | 'signature';

export interface TrailVerdict {
  valid: boolean;
  /** Events in the table now. */
  length: number;
  headHash: string | null;
  /** The highest sequence number the checkpoint log vouches for (0: nothing anchored yet). */
  anchoredLength: number;
  /** When the latest checkpoint was signed. */
  anchoredAt: string | null;
  firstBadSeq?: number;
  /** Why the first bad event is bad. */
  fault?: TrailFault;
}

/**
 * Judges a trail as stored (`raw` items, unparsed: a malformed event is a finding, never a crash)
 * against the head on its case item and the checkpoints of its log. Because each hash covers the
 * one before it, an anchored hash that still matches proves every event up to it.
 */
export function judgeTrail(input: {
  chainId: string;
  log: string;
  raw: readonly unknown[];
  head?: { seq: number; headHash: string | null };
  checkpoints: readonly unknown[];
  keys: ReadonlyMap<string, KeyObject>;
}): TrailVerdict {
  let firstBad: { seq: number; fault: TrailFault } | undefined;
  const bad = (seq: number, fault: TrailFault) => {
    if (!firstBad || seq < firstBad.seq) firstBad = { seq, fault };
  };

  const events: AuditEvent[] = [];
  for (const [i, item] of input.raw.entries()) {
    const parsed = auditEventSchema.safeParse(item);
    if (!parsed.success) {
      bad(i + 1, 'malformed');
      break;
    }
    events.push(parsed.data);
  }
  const chain = verifyChain(input.chainId, events);
  if (!chain.valid) bad(chain.firstBadSeq as number, 'chain');
  // The head on the case item is written with the last event: a tail cut off or a head moved shows
  // here, at the first event the head and the trail disagree on.
  const stored = (seq: number) => (input.raw[seq - 1] as { hash?: unknown } | null | undefined)?.hash;
  const n = input.raw.length;
  if (input.head && (input.head.seq !== n || input.head.headHash !== (n ? stored(n) : null)))
    bad(input.head.seq === n ? Math.max(1, n) : Math.min(input.head.seq, n) + 1, 'head');

  // Any two anchorings of one number with different hashes record a rewrite that reached the stream.
  const anchored = new Map<number, string>();
  let anchoredLength = 0;
  let anchoredAt: string | null = null;
  for (const raw of input.checkpoints) {
    const cp = checkpointSchema.safeParse(raw);
    if (!cp.success || cp.data.log !== input.log || !signedBy(cp.data, input.keys)) {
      // A checkpoint that does not verify is not evidence for the trail; it is evidence against the log.
      bad(cp.success ? Math.min(...cp.data.entries.map((e) => e.seq)) : 1, 'signature');
      continue;
    }
    for (const e of cp.data.entries) {
      if ((anchored.get(e.seq) ?? e.headHash) !== e.headHash) bad(e.seq, 'anchor');
      anchored.set(e.seq, e.headHash);
      anchoredLength = Math.max(anchoredLength, e.seq);
    }
    if (!anchoredAt || cp.data.at > anchoredAt) anchoredAt = cp.data.at;
  }
  // Compare with what is stored, parsed or not: a missing event is a truncation.
  for (const [seq, hash] of anchored) if (stored(seq) !== hash) bad(seq, 'anchor');

  return {
    valid: !firstBad,
    length: input.raw.length,
    headHash: events.at(-1)?.hash ?? null,
    anchoredLength,
    anchoredAt,
    ...(firstBad ? { firstBadSeq: firstBad.seq, fault: firstBad.fault } : {}),
  };
}

/** Groups inserted events into one unsigned checkpoint per log (what a stream batch anchors). */
export function checkpointsFor(
  heads: readonly { log: string; seq: number; headHash: string }[],
  at: string,
  keyId: string,
): UnsignedCheckpoint[] {
  const byLog = new Map<string, Map<number, string>>();
  for (const h of heads) {
    const m = byLog.get(h.log) ?? new Map<number, string>();
    // Within a batch the newest image of a sequence number is what the table holds.
    m.set(h.seq, h.headHash);
    byLog.set(h.log, m);
  }
  return [...byLog].map(([log, m]) => ({
    v: 1 as const,
    log,
    entries: [...m].sort(([a], [b]) => a - b).map(([seq, headHash]) => ({ seq, headHash })),
    at,
    keyId,
  }));
}
