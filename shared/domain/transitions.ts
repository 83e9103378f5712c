/**
 * The transition table as data: status × action × role → next status, with a payload contract and
 * an effect on the case. `decide` is the only way a case changes; it is pure.
 */
import * as z from 'zod';
import type { Actor, StaffRole } from './actor.js';
import { localDate } from './calendar.js';
import type { Case } from './case.js';
import { meetClocks, nextDueAt, startClocks, stopAllClocks } from './clocks.js';
import { conflict, forbidden, invalid } from './errors.js';
import { complexities, type Profile, rulesFor } from './profile.js';
import type { Status } from './status.js';

const expectedVersion = z.int().min(1);
const note = z.string().trim().max(5_000).optional();

export const actionSchemas = {
  accept: z.strictObject({
    action: z.literal('accept'),
    expectedVersion,
    complexity: z.enum(complexities).default('normal'),
    note,
  }),
  reject: z.strictObject({
    action: z.literal('reject'),
    expectedVersion,
    ground: z.string().regex(/^[a-z0-9_]+$/),
    reason: z.string().trim().min(10).max(5_000),
  }),
  close: z.strictObject({ action: z.literal('close'), expectedVersion, note }),
} as const;

export type ActionName = keyof typeof actionSchemas;
export const actionNames = Object.keys(actionSchemas) as ActionName[];

export const actionRequestSchema = z.discriminatedUnion('action', [
  actionSchemas.accept,
  actionSchemas.reject,
  actionSchemas.close,
]);
export type ActionRequest = z.infer<typeof actionRequestSchema>;

type Who = StaffRole | 'system';

interface Ctx {
  now: Date;
  profile: Profile;
}

interface Row<A extends ActionName> {
  action: A;
  from: readonly Status[];
  to: Status;
  by: readonly Who[];
  /** Extra checks against the case and profile; throw a DomainError to refuse. */
  guard?: (c: Case, req: z.infer<(typeof actionSchemas)[A]>, ctx: Ctx) => void;
  effect: (c: Case, req: z.infer<(typeof actionSchemas)[A]>, ctx: Ctx) => Partial<Case>;
  /** What the audit event records of the payload (never identities). */
  record: (req: z.infer<(typeof actionSchemas)[A]>) => Record<string, unknown>;
}

type Table = { [A in ActionName]: Row<A>[] };

export const transitions: Table = {
  accept: [
    {
      action: 'accept',
      from: ['screening'],
      to: 'accepted',
      by: ['intake', 'chair'],
      effect: (c, req, { now, profile }) => {
        const today = localDate(now);
        const rules = rulesFor(profile, c.track);
        const flags = { remoteArea: c.remoteArea, complexity: req.complexity };
        const clocks = [
          ...meetClocks(c.clocks, ['acceptance', 'screening', 'answer'], today),
          ...startClocks(rules, 'accepted', today, flags, profile),
        ];
        return { acceptedOn: today, complexity: req.complexity, clocks, dueAt: nextDueAt(clocks) };
      },
      record: (req) => ({ complexity: req.complexity, note: req.note }),
    },
  ],
  reject: [
    {
      action: 'reject',
      from: ['screening'],
      to: 'rejected',
      by: ['intake', 'chair'],
      guard: (c, req, { profile }) => {
        const grounds = rulesFor(profile, c.track).rejectionGrounds.map((g) => g.code);
        if (!grounds.includes(req.ground)) {
          throw invalid('unknown ground', [{ path: ['ground'], message: 'ground_not_in_profile' }]);
        }
      },
      effect: (c, req, { now }) => {
        const clocks = stopAllClocks(c.clocks, localDate(now));
        return { rejection: { ground: req.ground, reason: req.reason }, clocks, dueAt: nextDueAt(clocks) };
      },
      record: (req) => ({ ground: req.ground, reason: req.reason }),
    },
  ],
  close: [
    {
      action: 'close',
      from: ['rejected'],
      to: 'closed',
      by: ['system', 'chair'],
      effect: (c, _req, { now }) => {
        const clocks = stopAllClocks(c.clocks, localDate(now));
        return { clocks, dueAt: null, closedAt: now.toISOString() };
      },
      record: (req) => ({ note: req.note }),
    },
  ],
};

function rolesOf(actor: Actor): Who[] {
  if (actor.type === 'system') return ['system'];
  return actor.type === 'staff' ? actor.roles : [];
}

function rowsFor(action: ActionName, actor: Actor): Row<ActionName>[] {
  const who = rolesOf(actor);
  const rows = transitions[action] as Row<ActionName>[];
  return rows.filter((r) => r.by.some((b) => who.includes(b)));
}

/** Actions this actor may take on the case now. */
export function allowedActions(c: Case, actor: Actor): ActionName[] {
  return actionNames.filter((a) => rowsFor(a, actor).some((r) => r.from.includes(c.status)));
}

export interface Decision {
  next: Case;
  event: { action: ActionName; from: Status; to: Status; data: Record<string, unknown> };
}

/**
 * Applies an action. Refusals: 403 when the role may never take the action, 409 when the
 * stage or version does not allow it now, 422 when the payload breaks a profile rule.
 */
export function decide(c: Case, req: ActionRequest, actor: Actor, ctx: Ctx): Decision {
  const rows = rowsFor(req.action, actor);
  if (rows.length === 0) throw forbidden(`role may not ${req.action}`);
  if (req.expectedVersion !== c.version) {
    throw conflict(`stale version: expected ${req.expectedVersion}, case is at ${c.version}`);
  }
  const row = rows.find((r) => r.from.includes(c.status));
  if (!row) throw conflict(`${req.action} is not allowed while the case is ${c.status}`);
  row.guard?.(c, req, ctx);
  const next: Case = {
    ...c,
    ...row.effect(c, req, ctx),
    status: row.to,
    history: row.to === c.status ? c.history : [...c.history, { at: ctx.now.toISOString(), status: row.to }],
    version: c.version + 1,
    updatedAt: ctx.now.toISOString(),
  };
  return { next, event: { action: req.action, from: c.status, to: row.to, data: row.record(req) } };
}

/** What the workflow does with a case in this status. */
export function workflowStep(status: Status): 'await' | 'close' | 'done' {
  if (status === 'closed') return 'done';
  if (status === 'rejected') return 'close';
  return 'await';
}
