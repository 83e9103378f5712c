/**
 * The workflow's system work on a case, until only a human (or nothing) can move it on: deliver the
 * notices transitions owe, link a second-instance complaint to its first case, notify a decision,
 * close a case whose procedure ended, and keep the deadline-alert schedules in step with the running
 * clocks. Every step is a conditional write on the state read, so a retry or a duplicate run is
 * harmless.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { type AuditDraft, type AuditEvent, chainEvent } from '../audit/chain.js';
import { systemActor } from '../domain/actor.js';
import { alertPlan, parseAlertKey } from '../domain/alerts.js';
import { localDate } from '../domain/calendar.js';
import { CALENDAR_VERSION } from '../domain/calendar-years.js';
import type { Case, Notice } from '../domain/case.js';
import { meetClocks, nextDueAt, recountClocks } from '../domain/clocks.js';
import { loadDocumentTexts } from '../domain/decision.js';
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
import { printJobId, putPrintJob } from '../store/print-jobs.js';
import { type KeyWrapper, openIdentity, type SealedIdentity } from '../vault/vault.js';

export interface AdvanceDeps {
  store: StoreContext;
  now: () => Date;
  keyWrapper: KeyWrapper;
  notifier: Notifier;
  schedule: (caseId: string, key: string, at: string) => Promise<void>;
  unschedule: (caseId: string, key: string) => Promise<void>;
  /** The public tracking page, named in decision notices (where the filer downloads the document). */
  trackingPage?: () => string | undefined;
}

export interface AdvanceResult {
  status: string;
  version: number;
  versionN: string;
  step: 'await' | 'done';
}

const MAX_STEPS = 12;

/**
 * Works out every system step in memory (notices are sent as they are composed), then commits the
 * case and all its new events in one conditional transaction: one read, at most one write (plus
 * the identity read when a notice needs an address) per run.
 */
export async function advanceCase(deps: AdvanceDeps, caseId: string): Promise<AdvanceResult> {
  for (let attempt = 1; attempt <= 4; attempt++) {
    const read = await getCase(deps.store, caseId);
    if (!read) throw Object.assign(new Error(`case ${caseId} not found`), { name: 'CaseNotFound' });
    const run: Run = { c: read, events: [], business: false, identity: undefined };
    for (let i = 0; ; i++) {
      if (i === MAX_STEPS)
        throw Object.assign(new Error(`case ${caseId} did not settle`), { name: 'CaseDidNotSettle' });
      if (!(await step(deps, run))) break;
    }
    const c = run.c;
    const result: AdvanceResult = {
      status: c.status,
      version: c.version,
      versionN: String(c.version),
      step: workflowStep(c),
    };
    if (c === read) return result;
    try {
      await saveCase(deps.store, read, c, run.events, { token: run.business ? 'consume' : 'keep' });
      return result;
    } catch (err) {
      if (!(err instanceof TokenRaceError)) throw err;
    }
  }
  throw Object.assign(new Error(`case ${caseId} kept changing`), { name: 'CaseContention' });
}

interface Run {
  c: Case;
  events: AuditEvent[];
  /** A business change happened (a new version): the parked token, if any, is consumed. */
  business: boolean;
  identity: Promise<Awaited<ReturnType<typeof identityOf>>> | undefined;
}

function append(run: Run, draft: AuditDraft): void {
  const e = chainEvent(run.c.caseId, run.c, draft);
  run.events.push(e);
  run.c = { ...run.c, seq: e.seq, headHash: e.hash };
}

/** One system step on the in-memory case; false when there is nothing left to do. */
async function step(deps: AdvanceDeps, run: Run): Promise<boolean> {
  const work = nextSystemStep(run.c);
  if (work?.kind === 'deliver_notices') {
    await deliverNotices(deps, run);
    return true;
  }
  if (work?.kind === 'link_first_instance') {
    const id = await caseIdByReference(deps.store, work.reference);
    const first = id ? await getCase(deps.store, id) : null;
    systemAction(deps, run, {
      action: 'link_first_instance',
      expectedVersion: run.c.version,
      caseId: first?.caseId ?? '',
      committee: first?.committee,
      outcome: first?.outcome,
    });
    return true;
  }
  if (work?.kind === 'action') {
    systemAction(deps, run, { action: work.action, expectedVersion: run.c.version });
    return true;
  }
  if (work?.kind === 'recount_deadlines') {
    recountDeadlines(deps, run);
    return true;
  }
  return syncAlerts(deps, run);
}

/**
 * A new calendar edition: the running deadlines are counted again. A moved last day is a change of
 * the case (a new version, an audit event naming each old and new day and the edition, a notice to
 * the filer); otherwise only the edition and the provisional marks are updated. Neither wakes a
 * parked workflow: the case waits for the same person as before, with alerts moved by syncAlerts.
 */
function recountDeadlines(deps: AdvanceDeps, run: Run): void {
  const c = run.c;
  const { clocks, changes } = recountClocks(c.clocks, profileByVersion(c.profileId, c.profileVersion));
  if (changes.length === 0) {
    run.c = { ...c, clocks };
    return;
  }
  const req = {
    action: 'recount_deadlines' as const,
    expectedVersion: c.version,
    calendar: CALENDAR_VERSION,
    changes,
  };
  systemAction(deps, run, req, { business: false });
}

function systemAction(
  deps: AdvanceDeps,
  run: Run,
  req: Parameters<typeof decide>[1],
  opts: { business: boolean } = { business: true },
): void {
  const now = deps.now();
  const { next, event } = decide(run.c, req, systemActor, {
    now,
    profile: profileByVersion(run.c.profileId, run.c.profileVersion),
  });
  const seqBefore = run.c;
  run.c = { ...next, seq: seqBefore.seq, headHash: seqBefore.headHash };
  append(run, { at: now.toISOString(), actor: 'system', ...event });
  if (opts.business) run.business = true;
}

/**
 * Who a notice goes to, by reference (never a name or address, which stay in the vault or the case):
 * `address` is the e-mail address for this delivery only, decrypted here, in the sending function.
 */
interface Recipient {
  channel: Channel;
  ref: string;
  address?: string;
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
  c: Case,
  n: Notice,
  identity: () => Promise<Awaited<ReturnType<typeof identityOf>>>,
): Promise<Recipient[]> {
  const rules = rulesFor(profileByVersion(c.profileId, c.profileVersion), c.track);
  if (n.audience === 'chair')
    return [{ channel: 'internal', ref: `chair:${c.committee}`, address: chairMailbox(c.committee) }];
  if (n.audience === 'respondent') {
    const d = c.details as { accused?: unknown; respondent?: unknown };
    if (d.accused) return [{ channel: 'post', ref: 'accused' }];
    if (d.respondent) return [{ channel: 'post', ref: 'respondent' }];
    return (await identity()).otherParties.map((_, i) => ({ channel: 'post' as const, ref: `party:${i}` }));
  }
  const tracking: Recipient = { channel: 'tracking', ref: 'receipt holder' };
  if (c.anonymous || !rules.noticesToFiler) return [tracking];
  const person = (await identity()).complainant;
  if (!person) return [tracking];
  return [
    person.email
      ? { channel: 'email', ref: 'filer', address: person.email }
      : { channel: 'post', ref: 'filer' },
    tracking,
  ];
}

async function deliverNotices(deps: AdvanceDeps, run: Run): Promise<void> {
  const c = run.c;
  const profile = profileByVersion(c.profileId, c.profileVersion);
  const now = deps.now().toISOString();
  const identity = () => (run.identity ??= identityOf(deps, c));
  const messages: Case['publicMessages'] = [];
  // A decision notice names the reasons and next steps: the document texts.
  if (c.decision) await loadDocumentTexts();
  for (const n of c.pendingNotices) {
    const recipients = await recipientsOf(c, n, identity);
    const filer = n.audience === 'respondent' && !c.anonymous ? (await identity()).complainant : null;
    const text = composeNotice(n, c, profile, {
      trackingPage: deps.trackingPage?.(),
      redact: filer
        ? [filer.fullName, filer.address, filer.phone, filer.email, filer.idNumber].filter((x): x is string =>
            Boolean(x),
          )
        : [],
    });
    for (const r of recipients.filter((x) => x.channel !== 'tracking')) {
      const outgoing = {
        id: `${c.caseId}:${n.id}:${r.channel}:${r.ref}`,
        caseId: c.caseId,
        reference: c.reference,
        noticeType: n.type,
        audience: n.audience,
        channel: r.channel,
        to: r.ref,
        locale: c.locale,
        subject: text.subject[c.locale],
        body: text.body[c.locale],
        at: now,
      };
      // A letter waits on the case for someone allowed to reveal the addressee to print it.
      if (r.channel === 'post')
        await putPrintJob(deps.store, {
          jobId: printJobId(n.id, r.ref),
          caseId: c.caseId,
          reference: c.reference,
          noticeType: n.type,
          audience: n.audience,
          recipient: r.ref,
          locale: c.locale,
          subject: outgoing.subject,
          body: outgoing.body,
          createdAt: now,
        });
      await deps.notifier.send(outgoing, r.address);
    }
    if (n.audience === 'filer') messages.push({ at: now, type: n.type, from: 'committee', text: text.body });
    // The audit records what was sent and by which channels: never an address.
    append(run, {
      at: now,
      actor: 'system',
      action: 'notice',
      from: c.status,
      to: c.status,
      data: { notice: n.id, type: n.type, audience: n.audience, channels: recipients.map((r) => r.channel) },
    });
  }
  const today = localDate(now);
  const clocks = c.pendingNotices.some((n) => n.type === 'acceptance')
    ? meetClocks(c.clocks, ['acceptance_notice'], today)
    : c.clocks;
  run.c = {
    ...run.c,
    pendingNotices: [],
    publicMessages: [...c.publicMessages, ...messages].slice(-100),
    clocks,
    dueAt: nextDueAt(clocks),
  };
}

/** Keeps one schedule per alert of every running clock; a moved due date replaces its alerts. */
async function syncAlerts(deps: AdvanceDeps, run: Run): Promise<boolean> {
  const c = run.c;
  // A deadline that moved (a suspension, an extension, a new calendar edition) gets new alerts, but
  // not again one already sent for the same period and share whose new time has passed.
  const now = deps.now().toISOString();
  const sent = new Set(
    c.alertsSent.map((k) => {
      const p = parseAlertKey(k);
      return p ? `${p.clock}:${p.pct}` : k;
    }),
  );
  const plan = alertPlan(c.clocks, profileByVersion(c.profileId, c.profileVersion)).filter(
    (a) => !c.alertsSent.includes(a.key) && !(a.at <= now && sent.has(`${a.clock}:${a.pct}`)),
  );
  const wanted = plan.map((a) => a.key);
  const add = plan.filter((a) => !c.scheduled.includes(a.key));
  const remove = c.scheduled.filter((k) => !wanted.includes(k));
  if (add.length === 0 && remove.length === 0) return false;
  for (const k of remove) await deps.unschedule(c.caseId, k);
  for (const a of add) await deps.schedule(c.caseId, a.key, a.at);
  run.c = { ...c, scheduled: wanted };
  return true;
}
