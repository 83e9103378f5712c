import { generateKeyPairSync, sign } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Checkpoint,
  caseLog,
  checkpointMessage,
  checkpointsFor,
  judgeTrail,
  type UnsignedCheckpoint,
} from '../../shared/audit/anchor.js';
import { type AuditEvent, chainEvent } from '../../shared/audit/chain.js';

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const keys = new Map([['k1', publicKey]]);
const ID = 'case-1';

const signed = (c: UnsignedCheckpoint, key = privateKey): Checkpoint => ({
  ...c,
  sig: sign('sha256', checkpointMessage(c), key).toString('base64'),
});

function draft(i: number) {
  return {
    at: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    actor: i === 0 ? ('public' as const) : { id: 'intake', role: 'intake' },
    action: i === 0 ? 'submit' : 'note',
    from: null,
    to: 'screening',
    data: { i },
  };
}

/** Re-chains events from index `from` on (what someone with table write access can do). */
function rechain(events: AuditEvent[], from = 0): AuditEvent[] {
  const out = events.slice(0, from);
  for (const e of events.slice(from)) {
    const prev = out.at(-1);
    const { caseId: _c, seq: _s, prevHash: _p, hash: _h, ...d } = e;
    out.push(chainEvent(ID, prev ? { seq: prev.seq, headHash: prev.hash } : null, d));
  }
  return out;
}

const chain = (n: number) =>
  rechain(Array.from({ length: n }, (_, i) => ({ ...draft(i) }) as unknown as AuditEvent));

/** One checkpoint per event, as the stream delivers them one action at a time. */
const anchorsOf = (events: AuditEvent[]) =>
  events.map((e, i) =>
    signed({
      v: 1,
      log: caseLog(ID),
      entries: [{ seq: e.seq, headHash: e.hash }],
      at: new Date(Date.UTC(2026, 0, 2, 0, i)).toISOString(),
      keyId: 'k1',
    }),
  );

const judge = (raw: unknown[], checkpoints: unknown[], head?: { seq: number; headHash: string | null }) =>
  judgeTrail({ chainId: ID, log: caseLog(ID), raw, head, checkpoints, keys });

const headOf = (e: AuditEvent[]) => ({ seq: e.length, headHash: e.at(-1)?.hash ?? null });

describe('anchored audit trail', () => {
  it('accepts an intact trail and says how far it is anchored', () => {
    const e = chain(5);
    const v = judge(e, anchorsOf(e.slice(0, 4)), headOf(e));
    expect(v).toEqual({
      valid: true,
      length: 5,
      headHash: e[4]!.hash,
      anchoredLength: 4,
      anchoredAt: '2026-01-02T00:03:00.000Z',
    });
  });

  it('catches a re-hashed edit that the chain alone cannot see', () => {
    const e = chain(5);
    const anchors = anchorsOf(e);
    const forged = rechain(
      e.map((x, i) => (i === 2 ? { ...x, data: { i: 99 } } : x)),
      2,
    );
    expect(
      judgeTrail({ chainId: ID, log: caseLog(ID), raw: forged, head: headOf(forged), checkpoints: [], keys }),
    ).toMatchObject({ valid: true });
    expect(judge(forged, anchors, headOf(forged))).toMatchObject({
      valid: false,
      firstBadSeq: 3,
      fault: 'anchor',
    });
  });

  it('catches truncation, insertion, deletion and reordering of anchored events', () => {
    const e = chain(6);
    const anchors = anchorsOf(e);
    const truncated = e.slice(0, 4);
    expect(judge(truncated, anchors, headOf(truncated))).toMatchObject({ valid: false, firstBadSeq: 5 });
    const inserted = rechain([...e.slice(0, 2), { ...e[1]!, action: 'identity_reveal' }, ...e.slice(2)], 2);
    expect(judge(inserted, anchors, headOf(inserted))).toMatchObject({ valid: false, firstBadSeq: 3 });
    const deleted = rechain([...e.slice(0, 3), ...e.slice(4)], 3);
    expect(judge(deleted, anchors, headOf(deleted))).toMatchObject({ valid: false, firstBadSeq: 4 });
    const swapped = rechain([e[0]!, e[2]!, e[1]!, ...e.slice(3)], 1);
    expect(judge(swapped, anchors, headOf(swapped))).toMatchObject({ valid: false, firstBadSeq: 2 });
  });

  it('catches a head moved back on the case item', () => {
    const e = chain(4);
    // The first event past the head is the first the head does not vouch for.
    expect(judge(e, anchorsOf(e), { seq: 3, headHash: e[2]!.hash })).toMatchObject({
      valid: false,
      firstBadSeq: 4,
      fault: 'head',
    });
    // A tail cut off without anchors: the first missing event.
    expect(judge(e.slice(0, 3), [], headOf(e))).toMatchObject({
      valid: false,
      firstBadSeq: 4,
      fault: 'head',
    });
    // The right length with another hash: the last event.
    expect(judge(e, [], { seq: 4, headHash: e[2]!.hash })).toMatchObject({ firstBadSeq: 4, fault: 'head' });
    expect(judge([], [], { seq: 0, headHash: null })).toMatchObject({
      valid: true,
      length: 0,
      headHash: null,
    });
    expect(judge([], [], { seq: 0, headHash: 'f'.repeat(64) })).toMatchObject({
      firstBadSeq: 1,
      fault: 'head',
    });
    expect(judge(e, anchorsOf(e), { seq: 4, headHash: null })).toMatchObject({ valid: false });
  });

  it('reports a malformed event at its number instead of failing', () => {
    const e = chain(4);
    for (const broken of [{ ...e[2], seq: 'x' }, null, 'text', { ...e[2], actor: 5 }, {}]) {
      const raw: unknown[] = [...e];
      raw[2] = broken;
      expect(judge(raw, anchorsOf(e), headOf(e))).toMatchObject({
        valid: false,
        firstBadSeq: 3,
        fault: 'malformed',
      });
    }
  });

  it('keeps the first anchoring of a number: a later, different one is a finding', () => {
    const e = chain(3);
    const forged = rechain(
      e.map((x, i) => (i === 1 ? { ...x, data: { i: 7 } } : x)),
      1,
    );
    const anchors = [
      ...anchorsOf(e),
      ...anchorsOf(forged).map((c) => signed({ ...c, at: '2026-02-01T00:00:00.000Z' })),
    ];
    expect(judge(forged, anchors, headOf(forged))).toMatchObject({
      valid: false,
      firstBadSeq: 2,
      fault: 'anchor',
    });
    // The same hashes anchored twice (a retried batch) are not a finding.
    expect(judge(e, [...anchorsOf(e), ...anchorsOf(e)], headOf(e))).toMatchObject({ valid: true });
  });

  it('trusts no checkpoint it cannot verify', () => {
    const e = chain(3);
    const good = anchorsOf(e);
    const unsigned = { ...good[1]!, sig: good[0]!.sig };
    const otherKey = signed({ ...good[2]!, at: good[2]!.at }, other.privateKey);
    const unknownKey = signed({ ...good[2]!, keyId: 'k2' });
    const otherLog = signed({ ...good[0]!, log: caseLog('case-2') });
    for (const [bad, seq] of [
      [unsigned, 2],
      [otherKey, 3],
      [unknownKey, 3],
      [otherLog, 1],
      [{ log: caseLog(ID), nonsense: true }, 1],
    ] as const) {
      expect(judge(e, [...good, bad], headOf(e))).toMatchObject({
        valid: false,
        firstBadSeq: seq,
        fault: 'signature',
      });
    }
  });

  it('reports the earliest finding whatever found it, with its fault', () => {
    const e = chain(4);
    const edited = e.map((x, i) => (i === 2 ? { ...x, data: { i: 99 } } : x));
    expect(judge(edited, [], headOf(e))).toMatchObject({ valid: false, firstBadSeq: 3, fault: 'chain' });
    // A later finding at a lower number wins: an anchored hash for event 1 that differs.
    const lie = signed({
      v: 1,
      log: caseLog(ID),
      entries: [{ seq: 1, headHash: 'a'.repeat(64) }],
      at: '2026-01-03T00:00:00.000Z',
      keyId: 'k1',
    });
    expect(judge(edited, [lie], headOf(e))).toMatchObject({ firstBadSeq: 1, fault: 'anchor' });
    // A bad checkpoint covering several events is reported at the lowest.
    const many = signed({
      v: 1,
      log: caseLog(ID),
      entries: [
        { seq: 3, headHash: e[2]!.hash },
        { seq: 2, headHash: e[1]!.hash },
      ],
      at: '2026-01-03T00:00:00.000Z',
      keyId: 'k1',
    });
    expect(judge(e, [{ ...many, sig: lie.sig }], headOf(e))).toMatchObject({
      firstBadSeq: 2,
      fault: 'signature',
    });
    // The latest checkpoint's time is reported, whatever order the log lists them in.
    const anchors = anchorsOf(e);
    expect(judge(e, [...anchors].reverse(), headOf(e))).toMatchObject({
      anchoredAt: anchors.at(-1)!.at,
      anchoredLength: 4,
    });
    expect(judge(e, [anchors[3]!, anchors[0]!], headOf(e))).toMatchObject({
      anchoredAt: anchors[3]!.at,
      anchoredLength: 4,
      valid: true,
    });
  });

  it('groups stream heads into one checkpoint per log, newest image per number', () => {
    expect(
      checkpointsFor(
        [
          { log: 'a', seq: 2, headHash: 'x' },
          { log: 'b', seq: 1, headHash: 'y' },
          { log: 'a', seq: 1, headHash: 'w' },
          { log: 'a', seq: 2, headHash: 'z' },
        ],
        '2026-01-01T00:00:00.000Z',
        'k1',
      ),
    ).toEqual([
      {
        v: 1,
        log: 'a',
        entries: [
          { seq: 1, headHash: 'w' },
          { seq: 2, headHash: 'z' },
        ],
        at: '2026-01-01T00:00:00.000Z',
        keyId: 'k1',
      },
      { v: 1, log: 'b', entries: [{ seq: 1, headHash: 'y' }], at: '2026-01-01T00:00:00.000Z', keyId: 'k1' },
    ]);
  });

  it('detects every random tampering of anchored events (property)', () => {
    const kinds = ['edit', 'rehash', 'delete', 'reorder', 'insert', 'truncate', 'head'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.constantFrom(...kinds),
        fc.nat(),
        fc.nat(),
        (n, kind, a, b) => {
          const e = chain(n);
          const anchors = anchorsOf(e);
          const i = a % n;
          const j = (i + 1 + (b % (n - 1))) % n;
          let t: unknown[] = e;
          let head: { seq: number; headHash: string | null } = headOf(e);
          switch (kind) {
            case 'edit':
              t = e.map((x, k) => (k === i ? { ...x, data: { i: -1 } } : x));
              break;
            case 'rehash':
              t = rechain(
                e.map((x, k) => (k === i ? { ...x, action: 'forged' } : x)),
                i,
              );
              head = headOf(t as AuditEvent[]);
              break;
            case 'delete':
              t = rechain(
                e.filter((_, k) => k !== i),
                i,
              );
              head = headOf(t as AuditEvent[]);
              break;
            case 'reorder': {
              const s = [...e];
              [s[i], s[j]] = [s[j]!, s[i]!];
              t = rechain(s, Math.min(i, j));
              head = headOf(t as AuditEvent[]);
              break;
            }
            case 'insert':
              t = rechain([...e.slice(0, i), { ...e[i]!, action: 'identity_reveal' }, ...e.slice(i)], i);
              head = headOf(t as AuditEvent[]);
              break;
            case 'truncate':
              t = e.slice(0, i);
              head = headOf(t as AuditEvent[]);
              break;
            case 'head':
              head = { seq: i + 1 === n ? n - 1 : i + 1, headHash: e[i === n - 1 ? n - 2 : i]!.hash };
              break;
          }
          const v = judge(t, anchors, head);
          expect(v.valid).toBe(false);
          expect(v.firstBadSeq).toBeGreaterThanOrEqual(1);
          expect(v.firstBadSeq).toBeLessThanOrEqual(n + 1);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
