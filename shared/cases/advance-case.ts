/**
 * The workflow's system work on a case, until only a human (or nothing) can move it on: deliver the
 * notices transitions owe, link a second-instance complaint to its first case, notify a decision,
 * close a case whose procedure ended, and keep the deadline-alert schedules in step with the running
 * clocks. Every step is a conditional write on the state read, so a retry or a duplicate run is
 * harmless.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type AuditDraft, chainEvent } from '../audit/chain.js';
import { systemActor } from '../domain/actor.js';
import { alertPlan } from '../domain/alerts.js';
import type { Case, Notice } from '../domain/case.js';
import { meetClocks, nextDueAt } from '../domain/clocks.js';
import type { Person } from '../domain/intake.js';
import { composeNotice } from '../domain/notices.js';
import { rulesFor } from '../domain/profile.js';
import { profileByVersion } from '../domain/profiles/index.js';
import { decide, nextSystemStep, workflowStep } from '../domain/transitions.js';
import type { Channel, Notifier } from '../notify/notifier.js';
import { chairMailbox } from '../notify/notifier.js';
import {
  caseIdByReference,
  getCase,
  type StoreContext,
  saveCase,
  TokenRaceError,
} from '../store/case-repository.js';
import { keys, stripKeys } from '../store/keys.js';
import { type KeyWrapper, openIdentity, type SealedIdentity } from '../vault/vault.js';

export interface AdvanceDeps {
  store: StoreContext;
  now: () => Date;
  keyWrapper: KeyWrapper;
  notifier: Notifier;
  schedule: (caseId: string, key: string, at: string) => Promise<void>;
  unschedule: (caseId: string, key: string) => Promise<void>;
}

export interface AdvanceResult {
  status: string;
  version: number;
  versionN: string;
  step: 'await' | 'done';
}

const MAX_STEPS = 12;

export async function advanceCase(deps: AdvanceDeps, caseId: string): Promise<AdvanceResult> {
  let c = await getCase(deps.store, caseId);
  if (!c) throw Object.assign(new Error(`case ${caseId} not found`), { name: 'CaseNotFound' });
  for (let i = 0; i < MAX_STEPS; i++) {
    try {
      const next = await step(deps, c);
      if (!next)
        return { status: c.status, version: c.version, versionN: String(c.version), step: workflowStep(c) };
      c = next;
    } catch (err) {
      if (!(err instanceof TokenRaceError)) throw err;
      c = (await getCase(deps.store, caseId))!;
    }
  }
  throw Object.assign(new Error(`case ${caseId} did not settle`), { name: 'CaseDidNotSettle' });
}

async function step(deps: AdvanceDeps, c: Case): Promise<Case | null> {
  const work = nextSystemStep(c);
  if (work?.kind === 'deliver_notices') return deliverNotices(deps, c);
  if (work?.kind === 'link_first_instance') {
    const id = await caseIdByReference(deps.store, work.reference);
    const first = id ? await getCase(deps.store, id) : null;
    return systemAction(deps, c, {
      action: 'link_first_instance',
      expectedVersion: c.version,
      caseId: first?.caseId ?? '',
      committee: first?.committee,
      outcome: first?.outcome,
    });
  }
  if (work?.kind === 'action')
    return systemAction(deps, c, { action: work.action, expectedVersion: c.version });
  return syncAlerts(deps, c);
}

async function systemAction(deps: AdvanceDeps, c: Case, req: Parameters<typeof decide>[1]): Promise<Case> {
  const now = deps.now();
  const { next, event } = decide(c, req, systemActor, {
    now,
    profile: profileByVersion(c.profileId, c.profileVersion),
  });
  const audit = chainEvent(c.caseId, c, { at: now.toISOString(), actor: 'system', ...event });
  return saveCase(deps.store, c, next, [audit], { token: 'consume' });
}

interface Recipient {
  channel: Channel;
  to: string;
}

async function identityOf(
  deps: AdvanceDeps,
  c: Case,
): Promise<{ complainant: Person | null; otherParties: Person[] }> {
  const owner = c.identityOf ?? c.caseId;
  const out = await deps.store.db.send(
    new GetCommand({ TableName: deps.store.tableName, Key: keys.identity(owner) }),
  );
  if (!out.Item) return { complainant: null, otherParties: [] };
  const opened = await openIdentity(deps.keyWrapper, owner, stripKeys(out.Item) as unknown as SealedIdentity);
  return {
    complainant: (opened.complainant as Person | null) ?? null,
    otherParties: (opened.otherParties as Person[]) ?? [],
  };
}

async function recipientsOf(
  deps: AdvanceDeps,
  c: Case,
  n: Notice,
  identity: () => Promise<Awaited<ReturnType<typeof identityOf>>>,
): Promise<Recipient[]> {
  const rules = rulesFor(profileByVersion(c.profileId, c.profileVersion), c.track);
  if (n.audience === 'chair') return [{ channel: 'internal', to: chairMailbox(c.committee) }];
  if (n.audience === 'respondent') {
    const d = c.details as {
      accused?: { name: string; organisation?: string; address?: string };
      respondent?: { name: string; address: string };
    };
    if (d.accused)
      return [
        {
          channel: 'post',
          to: [d.accused.name, d.accused.organisation, d.accused.address].filter(Boolean).join(', '),
        },
      ];
    if (d.respondent) return [{ channel: 'post', to: `${d.respondent.name}, ${d.respondent.address}` }];
    return (await identity()).otherParties.map((p) => ({
      channel: 'post' as const,
      to: `${p.fullName}, ${p.address}`,
    }));
  }
  const tracking: Recipient = { channel: 'tracking', to: 'receipt holder' };
  if (c.anonymous || !rules.noticesToFiler) return [tracking];
  const person = (await identity()).complainant;
  if (!person) return [tracking];
  return [
    person.email
      ? { channel: 'email', to: person.email }
      : { channel: 'post', to: `${person.fullName}, ${person.address}` },
    tracking,
  ];
}

async function deliverNotices(deps: AdvanceDeps, c: Case): Promise<Case> {
  const profile = profileByVersion(c.profileId, c.profileVersion);
  const now = deps.now().toISOString();
  let opened: Promise<Awaited<ReturnType<typeof identityOf>>> | undefined;
  const identity = () => (opened ??= identityOf(deps, c));
  const drafts: AuditDraft[] = [];
  const messages: Case['publicMessages'] = [];
  for (const n of c.pendingNotices) {
    const recipients = await recipientsOf(deps, c, n, identity);
    const filer = n.audience === 'respondent' && !c.anonymous ? (await identity()).complainant : null;
    const text = composeNotice(n, c, profile, {
      redact: filer
        ? [filer.fullName, filer.address, filer.phone, filer.email, filer.idNumber].filter((x): x is string =>
            Boolean(x),
          )
        : [],
    });
    for (const r of recipients.filter((x) => x.channel !== 'tracking')) {
      await deps.notifier.send({
        id: `${c.caseId}:${n.id}:${r.channel}:${r.to}`,
        caseId: c.caseId,
        reference: c.reference,
        noticeType: n.type,
        audience: n.audience,
        channel: r.channel,
        to: r.to,
        locale: c.locale,
        subject: text.subject[c.locale],
        body: text.body[c.locale],
        at: now,
      });
    }
    if (n.audience === 'filer') messages.push({ at: now, type: n.type, from: 'committee', text: text.body });
    // The audit records what was sent, where to by channel only: never an address.
    drafts.push({
      at: now,
      actor: 'system',
      action: 'notice',
      from: c.status,
      to: c.status,
      data: { notice: n.id, type: n.type, audience: n.audience, channels: recipients.map((r) => r.channel) },
    });
  }
  const today = now.slice(0, 10);
  const clocks = c.pendingNotices.some((n) => n.type === 'acceptance')
    ? meetClocks(c.clocks, ['acceptance_notice'], today)
    : c.clocks;
  const next: Case = {
    ...c,
    pendingNotices: [],
    publicMessages: [...c.publicMessages, ...messages].slice(-100),
    clocks,
    dueAt: nextDueAt(clocks),
  };
  const events = [];
  let head = { seq: c.seq, headHash: c.headHash };
  for (const d of drafts) {
    const e = chainEvent(c.caseId, head, d);
    events.push(e);
    head = { seq: e.seq, headHash: e.hash };
  }
  return saveCase(deps.store, c, next, events, { token: 'keep' });
}

/** Keeps one schedule per alert of every running clock; a moved due date replaces its alerts. */
async function syncAlerts(deps: AdvanceDeps, c: Case): Promise<Case | null> {
  const plan = alertPlan(c.clocks, profileByVersion(c.profileId, c.profileVersion)).filter(
    (a) => !c.alertsSent.includes(a.key),
  );
  const wanted = plan.map((a) => a.key);
  const add = plan.filter((a) => !c.scheduled.includes(a.key));
  const remove = c.scheduled.filter((k) => !wanted.includes(k));
  if (add.length === 0 && remove.length === 0) return null;
  for (const k of remove) await deps.unschedule(c.caseId, k);
  for (const a of add) await deps.schedule(c.caseId, a.key, a.at);
  return saveCase(deps.store, c, { ...c, scheduled: wanted }, [], { token: 'keep' });
}
