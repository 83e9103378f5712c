/**
 * A deadline alert fired. It re-reads the case and acts only if that deadline still holds: the clock
 * is running with the same due date and this alert was not recorded yet (late, duplicate and
 * superseded firings are harmless). At 100 % the case is marked overdue and escalated to the chair.
 */
import { chainEvent } from '../audit/chain.js';
import { parseAlertKey } from '../domain/alerts.js';
import type { Case } from '../domain/case.js';
import { loadDocumentTexts } from '../domain/decision.js';
import { composeNotice } from '../domain/notices.js';
import { profileByVersion } from '../domain/profiles/index.js';
import { chairMailbox, type Notifier } from '../notify/notifier.js';
import { getCase, type StoreContext, saveCase, TokenRaceError } from '../store/case-repository.js';

export interface AlertDeps {
  store: StoreContext;
  now: () => Date;
  notifier: Notifier;
}

export async function recordAlert(deps: AlertDeps, caseId: string, key: string): Promise<{ acted: boolean }> {
  const parsed = parseAlertKey(key);
  if (!parsed) return { acted: false };
  for (let attempt = 1; attempt <= 4; attempt++) {
    const c = await getCase(deps.store, caseId);
    const clock = c?.clocks.find(
      (k) => k.name === parsed.clock && k.state === 'running' && k.dueAt === parsed.dueAt,
    );
    if (!c || !clock || c.alertsSent.includes(key)) return { acted: false };
    const at = deps.now().toISOString();
    const overdue = parsed.pct === 100;
    let head = { seq: c.seq, headHash: c.headHash };
    const events = [];
    const drafts = [
      {
        at,
        actor: 'system' as const,
        action: 'deadline_alert',
        from: c.status,
        to: c.status,
        data: { clock: clock.name, pct: parsed.pct, dueOn: clock.dueOn },
      },
      ...(overdue
        ? [
            {
              at,
              actor: 'system' as const,
              action: 'escalate',
              from: c.status,
              to: c.status,
              data: { clock: clock.name, dueOn: clock.dueOn, to: 'chair' },
            },
          ]
        : []),
    ];
    for (const d of drafts) {
      const e = chainEvent(c.caseId, head, d);
      events.push(e);
      head = { seq: e.seq, headHash: e.hash };
    }
    const next: Case = {
      ...c,
      alertsSent: [...c.alertsSent, key],
      scheduled: c.scheduled.filter((k) => k !== key),
      overdue: overdue && !c.overdue.includes(clock.name) ? [...c.overdue, clock.name] : c.overdue,
    };
    try {
      await saveCase(deps.store, c, next, events, { token: 'keep' });
    } catch (err) {
      if (err instanceof TokenRaceError) continue;
      throw err;
    }
    if (overdue) {
      if (c.decision) await loadDocumentTexts();
      const text = composeNotice(
        {
          id: `${head.seq}-escalation-chair`,
          type: 'escalation',
          audience: 'chair',
          data: { clock: clock.name, dueOn: clock.dueOn },
        },
        c,
        profileByVersion(c.profileId, c.profileVersion),
      );
      await deps.notifier.send(
        {
          id: `${c.caseId}:${key}:escalation`,
          caseId: c.caseId,
          reference: c.reference,
          noticeType: 'escalation',
          audience: 'chair',
          channel: 'internal',
          to: `chair:${c.committee}`,
          locale: 'vi',
          subject: text.subject.vi,
          body: text.body.vi,
          at,
        },
        chairMailbox(c.committee),
      );
    }
    return { acted: true };
  }
  return { acted: false };
}
