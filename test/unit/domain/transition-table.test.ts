/**
 * Property tests on the transition table (issue 11): for any case state, caller and action, `decide`
 * does exactly what the table says (who may, from which stage, assignment), never mutates the case,
 * and moves it to the row's stage with the next version; the buttons offered are a subset of what
 * the table allows. The matrix of who may do what from where is pinned as a snapshot.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Actor, type StaffRole, systemActor } from '../../../shared/domain/actor.js';
import type { Case } from '../../../shared/domain/case.js';
import { DomainError } from '../../../shared/domain/errors.js';
import { rulesFor } from '../../../shared/domain/profile.js';
import { statuses } from '../../../shared/domain/status.js';
import {
  type ActionName,
  type ActionRequest,
  actionSchemas,
  allowedActions,
  decide,
  transitions,
} from '../../../shared/domain/transitions.js';
import { committeeStaff, newCase, profile, staff } from '../../support/cases.js';

const now = new Date('2026-03-04T02:00:00Z');
const ctx = { now, profile, staff: committeeStaff };
const actions = Object.keys(actionSchemas) as ActionName[];
const roles: StaffRole[] = ['intake', 'investigator', 'chair', 'leadership', 'auditor', 'admin'];
type Who = StaffRole | 'system' | 'public';
const whos: Who[] = [...roles, 'system', 'public'];
const kinds = ['complaint', 'denunciation', 'anonymousDenunciation', 'petition', 'dispute'] as const;

const actorOf = (who: Who): Actor =>
  who === 'system' ? systemActor : who === 'public' ? { type: 'public' } : staff(who as StaffRole);

const REASON = 'Lý do đủ dài để ghi nhận.';

/** A well-formed payload for each action; guards may still refuse it for the case at hand. */
function payload(a: ActionName, c: Case): Record<string, unknown> {
  const rules = rulesFor(profile, c.track);
  switch (a) {
    case 'accept':
      return { complexity: 'normal' };
    case 'reject':
      return { ground: rules.rejectionGrounds[0]!.code, reason: REASON };
    case 'transfer':
      return { toBody: 'UBND quận Ba Đình', reason: REASON };
    case 'split':
      return {
        reason: REASON,
        parts: [
          { kind: 'complaint', content: 'Nội dung phần thứ nhất đủ dài.' },
          { kind: 'petition', content: 'Nội dung phần thứ hai đủ dài.' },
        ],
      };
    case 'mark_duplicate':
      return { duplicateOf: 'KN-2603-XXXX', reason: REASON };
    case 'assign':
      return { assignees: ['investigator'] };
    case 'add_note':
      return { text: 'Ghi chú.' };
    case 'add_evidence':
      return { description: 'Biên bản làm việc.' };
    case 'request_info':
      return { question: 'Đề nghị bổ sung giấy tờ liên quan.' };
    case 'record_dialogue':
      return { heldOn: '2026-03-03', participants: 2, summary: 'Đối thoại giữa các bên.' };
    case 'suspend':
      return { ground: rules.suspensionGrounds[0]?.code ?? 'none', reason: REASON };
    case 'terminate':
      return { ground: rules.terminationGrounds[0]?.code ?? 'none', reason: REASON };
    case 'propose_decision':
      return { outcome: rules.outcomes[0]!.code, draft: {} };
    case 'approve_decision':
      return { documentHash: c.proposal?.documentHash ?? 'a'.repeat(64) };
    case 'exclude_staff':
      return { staffId: 'someone', reason: REASON };
    case 'extend':
    case 'return_decision':
    case 'reopen':
    case 'continue_case':
    case 'recuse':
      return { reason: REASON };
    default:
      return {};
  }
}

/** What the table alone says should happen, before any guard. */
function oracle(a: ActionName, c: Case, who: Who, assigned: boolean, stale: boolean) {
  const rows = transitions[a].filter((r) => r.by.includes(who));
  if (rows.length === 0) return { kind: 'forbidden' as const };
  if (stale) return { kind: 'conflict' as const };
  const row = rows.find((r) => r.from.includes(c.status));
  if (!row) return { kind: 'conflict' as const };
  const exempt = who === 'chair' || (who === 'intake' && row.by.includes('intake'));
  if (row.assigneesOnly && roles.includes(who as StaffRole) && !exempt && !assigned)
    return { kind: 'forbidden' as const };
  return { kind: 'row' as const, row };
}

const kindOf = (fn: () => unknown): string | null => {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof DomainError) return err.kind;
    throw err;
  }
};

describe('the transition table', () => {
  it('is what decide does, for any stage, caller, action, assignment and version (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.constantFrom(...statuses),
        fc.constantFrom(...whos),
        fc.constantFrom(...actions),
        fc.boolean(),
        fc.boolean(),
        (kind, status, who, action, assigned, stale) => {
          const base = newCase(kind);
          const c: Case = { ...base, status, assignees: assigned ? [who] : ['someone-else'] };
          const frozen = structuredClone(c);
          const actor = actorOf(who);
          const req = {
            action,
            expectedVersion: stale ? c.version + 1 : c.version,
            ...payload(action, c),
          } as ActionRequest;
          const expected = oracle(action, c, who, assigned, stale);
          let got: ReturnType<typeof decide> | undefined;
          const refused = kindOf(() => {
            got = decide(c, req, actor, ctx);
          });
          expect(c, 'decide never changes the case it was given').toEqual(frozen);
          if (expected.kind !== 'row') {
            expect(refused, `${who} ${action} from ${status}`).toBe(expected.kind);
            // Buttons do not depend on the version the caller holds.
            if (!stale) expect(allowedActions(c, actor, rulesFor(profile, c.track))).not.toContain(action);
            return;
          }
          if (refused) {
            // A guard refused this payload: never with a 5xx kind.
            expect(['invalid', 'conflict', 'forbidden', 'not_found']).toContain(refused);
            return;
          }
          const { next, event } = got!;
          const to =
            typeof expected.row.to === 'function'
              ? expected.row.to(c, rulesFor(profile, c.track), req as never)
              : expected.row.to;
          expect(next.status).toBe(to);
          expect(next.version).toBe(c.version + 1);
          expect(next.updatedAt).toBe(now.toISOString());
          expect(event).toMatchObject({ action, from: status, to });
          expect(next.history.length).toBe(c.history.length + (to === status ? 0 : 1));
          if (to !== status) expect(next.history.at(-1)).toEqual({ at: now.toISOString(), status: to });
          // A deadline no longer running is not overdue.
          for (const o of next.overdue)
            expect(next.clocks.some((k) => k.name === o && k.state === 'running')).toBe(true);
          for (const n of next.pendingNotices.slice(c.pendingNotices.length))
            expect(n.id.startsWith(`${c.seq + 1}-`)).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('offers only actions the table allows from the stage, to a caller it names', () => {
    for (const kind of kinds)
      for (const status of statuses)
        for (const who of whos) {
          const c: Case = { ...newCase(kind), status, assignees: [who] };
          for (const a of allowedActions(c, actorOf(who), rulesFor(profile, c.track)))
            expect(oracle(a, c, who, true, false).kind, `${who} offered ${a} from ${status}`).toBe('row');
        }
  });

  it('names who may do what from where (the matrix, pinned)', () => {
    const matrix = Object.fromEntries(
      actions.map((a) => [
        a,
        transitions[a].map((r) => ({
          by: [...r.by].sort().join(','),
          from: [...r.from].join(','),
          to: typeof r.to === 'function' ? 'depends' : r.to,
          assigneesOnly: Boolean(r.assigneesOnly),
        })),
      ]),
    );
    expect(matrix).toMatchSnapshot();
  });
});
