/**
 * The tamper-evident audit trail: each event's hash covers its canonical JSON including the
 * previous event's hash, so an edit, a gap or a reordering breaks the chain.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod';
import { canonicalJson } from './canonical.js';

export const auditEventSchema = z.object({
  caseId: z.string(),
  seq: z.int().min(1),
  at: z.iso.datetime(),
  actor: z.union([z.object({ id: z.string(), role: z.string() }), z.literal('public'), z.literal('system')]),
  action: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditDraft = Omit<AuditEvent, 'seq' | 'prevHash' | 'hash' | 'caseId'>;

export const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

/** The chain's anchor: event 1's prevHash is the hash of the case id. */
export const genesisHash = (caseId: string) => sha256(caseId);

export function hashEvent(e: Omit<AuditEvent, 'hash'>): string {
  return sha256(canonicalJson(e));
}

/** Appends a draft to a chain whose head is (`seq`, `headHash`). */
export function chainEvent(
  caseId: string,
  prev: { seq: number; headHash: string } | null,
  draft: AuditDraft,
): AuditEvent {
  const body = {
    ...draft,
    caseId,
    seq: prev ? prev.seq + 1 : 1,
    prevHash: prev ? prev.headHash : genesisHash(caseId),
    data: JSON.parse(JSON.stringify(draft.data)) as Record<string, unknown>,
  };
  return { ...body, hash: hashEvent(body) };
}

export interface ChainVerdict {
  valid: boolean;
  length: number;
  headHash: string | null;
  firstBadSeq?: number;
}

/**
 * Recomputes the chain. `head` is what the case item says (seq and headHash, written in the same
 * transaction as the last event), so a truncated tail is caught too.
 */
export function verifyChain(
  caseId: string,
  events: readonly AuditEvent[],
  head?: { seq: number; headHash: string },
): ChainVerdict {
  let prevHash = genesisHash(caseId);
  for (const [i, e] of events.entries()) {
    const { hash, ...body } = e;
    if (e.caseId !== caseId || e.seq !== i + 1 || e.prevHash !== prevHash || hashEvent(body) !== hash) {
      return {
        valid: false,
        length: events.length,
        headHash: events.at(-1)?.hash ?? null,
        firstBadSeq: i + 1,
      };
    }
    prevHash = hash;
  }
  const last = events.at(-1);
  if (head && (head.seq !== events.length || head.headHash !== (last?.hash ?? null))) {
    return {
      valid: false,
      length: events.length,
      headHash: last?.hash ?? null,
      firstBadSeq: Math.min(head.seq, events.length + 1),
    };
  }
  return { valid: true, length: events.length, headHash: last?.hash ?? null };
}
