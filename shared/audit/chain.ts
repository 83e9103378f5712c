/**
 * The tamper-evident audit trail: each event's hash covers its canonical JSON including the
 * previous event's hash, so an edit, a gap or a reordering breaks the chain.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { canonicalJson } from './canonical.js';

export const auditEventSchema = z.object({
  caseId: z.string(),
  seq: z.int().check(z.gte(1)),
  at: z.iso.datetime(),
  actor: z.union([z.object({ id: z.string(), role: z.string() }), z.literal('public'), z.literal('system')]),
  action: z.string(),
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  data: z.record(z.string(), z.unknown()),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditDraft = Omit<AuditEvent, 'seq' | 'prevHash' | 'hash' | 'caseId'>;

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

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
 * Recomputes the chain: each event names its case and its place, links to the hash before it, and
 * hashes to what it says. The head on the case item and the signed checkpoints are judged in
 * `anchor.ts` (`judgeTrail`), which builds on this.
 */
export function verifyChain(caseId: string, events: readonly AuditEvent[]): ChainVerdict {
  let prevHash = genesisHash(caseId);
  const headHash = events.at(-1)?.hash ?? null;
  for (const [i, e] of events.entries()) {
    const { hash, ...body } = e;
    if (e.caseId !== caseId || e.seq !== i + 1 || e.prevHash !== prevHash || hashEvent(body) !== hash)
      return { valid: false, length: events.length, headHash, firstBadSeq: i + 1 };
    prevHash = hash;
  }
  return { valid: true, length: events.length, headHash };
}
