/**
 * The transition table walked from reachable states (issue 11's mutation target): each track's case
 * is taken through a working life (accept, assign, notes, dialogue, extension, suspension, proposal,
 * return, approval, notice, closure, reopening); at every state it reaches, every action is tried by
 * a caller the table names, with a well-formed payload. What each attempt does (the stage it leads to,
 * the clocks, notices and audit data, or the refusal) is pinned per track, so any change to an
 * effect, guard or record shows as a reviewed snapshot change.
 */
import { describe, expect, it } from 'vitest';
import { type Actor, type StaffRole, systemActor } from '../../../shared/domain/actor.js';
import type { Case } from '../../../shared/domain/case.js';
import { documentRulesOf } from '../../../shared/domain/decision.js';
import { DomainError } from '../../../shared/domain/errors.js';
import { rulesFor } from '../../../shared/domain/profile.js';
import {
  type ActionName,
  type ActionRequest,
  actionSchemas,
  allowedActions,
  decide,
  nextSystemStep,
  transitions,
  workflowStep,
} from '../../../shared/domain/transitions.js';
import { committeeStaff, newCase, profile, staff } from '../../support/cases.js';

const now = new Date('2026-03-04T02:00:00Z');
const ctx = { now, profile, staff: committeeStaff };
const actions = Object.keys(actionSchemas) as ActionName[];
type Who = StaffRole | 'system' | 'public';
const REASON = 'Lý do đủ dài để ghi nhận.';

const actorOf = (who: Who): Actor =>
  who === 'system'
    ? systemActor
    : who === 'public'
      ? { type: 'public' }
      : { ...staff(who as StaffRole), id: who === 'chair' ? 'chair' : 'investigator' };

function payload(a: ActionName, c: Case): Record<string, unknown> {
  const rules = rulesFor(profile, c.track);
  const outcome = rules.outcomes[0]!.code;
  switch (a) {
    case 'accept':
      return { complexity: 'complex', note: 'Vụ việc phức tạp.' };
    case 'reject':
      return { ground: rules.rejectionGrounds[0]!.code, reason: REASON };
    case 'transfer':
      return { toBody: 'UBND quận Ba Đình', reason: REASON };
    case 'split':
      return {
        reason: REASON,
        parts: [
          { kind: 'complaint', content: 'Nội dung phần thứ nhất đủ dài.' },
          { kind: 'petition', content: 'Nội dung phần thứ hai đủ dài.', field: 'policy_benefits' },
        ],
      };
    case 'mark_duplicate':
      return { duplicateOf: 'KN-2603-XXXX', reason: REASON };
    case 'assign':
      return { assignees: ['investigator'], note: 'Giao xác minh.' };
    case 'add_note':
      return { text: 'Ghi chú nội bộ.' };
    case 'add_evidence':
      return { description: 'Biên bản làm việc.', source: 'UBND phường' };
    case 'request_info':
      return { question: 'Đề nghị bổ sung giấy tờ liên quan.' };
    case 'record_dialogue':
      return {
        heldOn: '2026-03-03',
        participants: 3,
        summary: 'Đối thoại giữa các bên.',
        agreement: 'Đồng ý.',
      };
    case 'suspend':
      return { ground: rules.suspensionGrounds[0]?.code ?? 'none', reason: REASON };
    case 'terminate':
      return { ground: rules.terminationGrounds[0]?.code ?? 'none', reason: REASON };
    case 'propose_decision':
      return {
        outcome,
        draft: Object.fromEntries(
          documentRulesOf(profile, c)
            .parts.filter((p) => p.required !== 'optional' && (!p.onlyFor || p.onlyFor.includes(outcome)))
            .map((p) => [p.code, `Nội dung phần ${p.code}.`]),
        ),
        ...(rules.findingOnFirstDecision ? { firstDecisionFinding: 'kept' } : {}),
      };
    case 'approve_decision':
      return { documentHash: c.proposal?.documentHash ?? 'a'.repeat(64), note: 'Đồng ý.' };
    case 'exclude_staff':
      return { staffId: 'intake', reason: REASON };
    case 'extend':
      return { reason: REASON, decisionRef: 'QĐ 12/QĐ-UBKT' };
    case 'withdraw':
      return { reason: 'Tôi rút đơn.' };
    case 'link_first_instance':
      return { caseId: 'first', committee: 'ubkt-1', outcome: 'rejected' };
    case 'lengthen_screening':
      return { ground: 'several_places', reason: REASON };
    case 'recount_deadlines':
      return { calendar: 'test', changes: [] };
    case 'return_decision':
    case 'reopen':
    case 'continue_case':
    case 'recuse':
      return { reason: REASON };
    default:
      return {};
  }
}

/** A payload a guard must refuse (a ground, outcome or person the case does not allow), or null. */
function badPayload(a: ActionName, c: Case): Record<string, unknown> | null {
  const good = payload(a, c);
  switch (a) {
    case 'reject':
    case 'suspend':
    case 'terminate':
      return { ...good, ground: 'no_such_ground' };
    case 'propose_decision':
      return { ...good, outcome: 'no_such_outcome' };
    case 'assign':
      // Someone excluded from the case, else someone who may not verify.
      return { ...good, assignees: c.excludedStaff.length ? c.excludedStaff : ['leadership'] };
    case 'exclude_staff':
      return { ...good, staffId: 'chair' };
    case 'approve_decision':
      return { ...good, documentHash: 'c'.repeat(64) };
    case 'record_dialogue':
      return { ...good, heldOn: '2026-12-31' };
    default:
      return null;
  }
}

/** A caller the table names for the action (the first staff role, else the system or the public). */
function callerFor(a: ActionName): Who | null {
  const by = transitions[a].flatMap((r) => r.by);
  return (
    (['chair', 'investigator', 'intake', 'system', 'public'] as Who[]).find((w) => by.includes(w)) ?? null
  );
}

function attempt(c: Case, a: ActionName, who: Who, body = payload(a, c)) {
  const req = { action: a, expectedVersion: c.version, ...body } as ActionRequest;
  try {
    return { ok: decide(c, req, actorOf(who), ctx) };
  } catch (err) {
    if (err instanceof DomainError)
      return { refused: `${err.kind}: ${err.message}${err.issues ? ` ${JSON.stringify(err.issues)}` : ''}` };
    throw err;
  }
}

function describeOutcome(c: Case, r: ReturnType<typeof attempt>): string {
  if ('refused' in r) return `✗ ${r.refused}`;
  const { next, event } = r.ok!;
  const clocks = next.clocks
    .map(
      (k) => `${k.name}=${k.state}${k.dueOn ? `@${k.dueOn}` : ''}${k.extensions ? `+${k.extensions}` : ''}`,
    )
    .join(' ');
  const notices = next.pendingNotices
    .slice(c.pendingNotices.length)
    .map((n) => `${n.type}>${n.audience}`)
    .join(',');
  const changed = (Object.keys(next) as (keyof Case)[])
    .filter((k) => !['clocks', 'pendingNotices', 'history', 'version', 'updatedAt', 'status'].includes(k))
    .filter((k) => JSON.stringify(next[k]) !== JSON.stringify(c[k]))
    .sort();
  return `→ ${next.status} | ${clocks} | notices ${notices || '-'} | changed ${changed.join(',') || '-'} | data ${JSON.stringify(event.data)}`;
}

const script: [Who, ActionName][] = [
  ['intake', 'accept'],
  ['chair', 'assign'],
  ['investigator', 'add_note'],
  ['investigator', 'add_evidence'],
  ['investigator', 'record_dialogue'],
  ['chair', 'extend'],
  ['chair', 'suspend'],
  ['chair', 'resume'],
  ['investigator', 'propose_decision'],
  ['chair', 'return_decision'],
  ['investigator', 'propose_decision'],
  ['chair', 'approve_decision'],
  ['system', 'notify'],
  ['system', 'close'],
  ['chair', 'reopen'],
];

function walk(kind: Parameters<typeof newCase>[0], patch: Partial<Case> = {}): string[] {
  let c: Case = { ...newCase(kind), ...patch };
  const lines: string[] = [];
  const seen = new Set<string>();
  const survey = () => {
    const key = `${c.status}/${c.withdrawal?.state ?? '-'}`;
    if (seen.has(key)) return;
    seen.add(key);
    lines.push(`# ${c.status}${c.withdrawal ? ` (withdrawal ${c.withdrawal.state})` : ''} (v${c.version})`);
    const rules = rulesFor(profile, c.track);
    for (const who of ['intake', 'investigator', 'chair', 'system'] as Who[])
      lines.push(`offered to ${who}: ${allowedActions(c, actorOf(who), rules).join(',') || '-'}`);
    lines.push(`system step: ${JSON.stringify(nextSystemStep(c))} / ${workflowStep(c)}`);
    for (const a of actions) {
      const who = callerFor(a);
      if (!who) continue;
      lines.push(`${a} by ${who}: ${describeOutcome(c, attempt(c, a, who))}`);
      const bad = badPayload(a, c);
      if (bad) lines.push(`${a} by ${who}, bad payload: ${describeOutcome(c, attempt(c, a, who, bad))}`);
    }
    // The proposer may not approve their own proposal; an investigator may not act unassigned.
    if (c.proposal)
      lines.push(
        `approve by its proposer: ${describeOutcome(c, attempt({ ...c, proposal: { ...c.proposal, proposedBy: 'chair' } }, 'approve_decision', 'chair'))}`,
      );
    lines.push(
      `note by an unassigned investigator: ${describeOutcome(c, attempt({ ...c, assignees: [] }, 'add_note', 'investigator'))}`,
    );
  };
  const apply = (who: Who, a: ActionName): boolean => {
    const r = attempt(c, a, who);
    if (!('ok' in r) || !r.ok) {
      lines.push(`! step ${a} by ${who}: ${describeOutcome(c, r)}`);
      return false;
    }
    c = { ...r.ok.next, seq: c.seq + 1 };
    return true;
  };
  for (const [who, a] of script) {
    survey();
    if (a === 'record_dialogue') {
      // A side road: the filer withdraws mid-investigation; the chair decides, both ways.
      const before = c;
      if (apply('public', 'withdraw')) {
        survey();
        const requested = c;
        if (apply('chair', 'continue_case')) survey();
        c = requested;
        if (apply('chair', 'terminate')) survey();
      }
      c = before;
    }
    const r = attempt(c, a, who);
    if ('ok' in r && r.ok) {
      // The approval needs the document the proposal rendered: stand in its hash.
      const next = r.ok.next;
      c = {
        ...next,
        seq: c.seq + 1,
        proposal: next.proposal
          ? { ...next.proposal, documentHash: next.proposal.documentHash || 'b'.repeat(64) }
          : next.proposal,
      };
    } else lines.push(`! step ${a} by ${who}: ${describeOutcome(c, r)}`);
  }
  survey();
  return lines;
}

describe('the transition table, walked from reachable states', () => {
  for (const kind of ['complaint', 'denunciation', 'anonymousDenunciation', 'petition', 'dispute'] as const)
    it(`${kind}: every action at every stage of a working life`, () => {
      expect(walk(kind).join('\n')).toMatchSnapshot();
    });

  it('a second-instance complaint, remote and excluded staff: the same walk', () => {
    const first = newCase('complaint');
    const second: Partial<Case> = {
      track: 'complaint_2',
      instance: 2,
      remoteArea: true,
      excludedStaff: ['intake'],
      links: {
        ...first.links,
        firstInstance: { reference: 'KN-2602-FIRST', committee: 'ubkt-9', caseId: 'f-1' },
      },
    };
    expect(walk('complaint', second).join('\n')).toMatchSnapshot();
    // Decided by the committee of the first instance: refused.
    const same = {
      ...newCase('complaint'),
      ...second,
      links: { ...first.links, firstInstance: { reference: 'KN', committee: 'ubkt-1' } },
    };
    expect(describeOutcome(same, attempt(same, 'accept', 'intake'))).toMatch(/another committee/);
  });
});
