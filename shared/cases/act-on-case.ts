/**
 * A human (or public) action on a case: decide in the core, write case + audit event in one
 * transaction conditioned on the state read, then signal the workflow.
 */
import { randomUUID } from 'node:crypto';
import { type AuditEvent, chainEvent } from '../audit/chain.js';
import { assertCanSeeCase, type Intent } from '../auth/access.js';
import type { Renderer } from '../documents/render-client.js';
import { type Actor, auditActor } from '../domain/actor.js';
import { localDate } from '../domain/calendar.js';
import { type Case, openSplitPart } from '../domain/case.js';
import { namedStaff } from '../domain/conflicts.js';
import { loadDocumentTexts } from '../domain/decision.js';
import { notFound } from '../domain/errors.js';
import type { Profile } from '../domain/profile.js';
import { profileByVersion, profileOn } from '../domain/profiles/index.js';
import { type ActionRequest, decide } from '../domain/transitions.js';
import {
  getCase,
  indexNewCase,
  newCaseItems,
  type StoreContext,
  saveCase,
  untilSaved,
} from '../store/case-repository.js';
import { listCommittees } from '../store/committees.js';
import { committeeStaff } from '../store/staff-index.js';
import { randomCode } from '../vault/receipt.js';
import type { DocumentWrites } from './decision-documents.js';

export interface ActDeps {
  store: StoreContext;
  now: () => Date;
  /** Renders decision documents (propose and approve); other actions never call it. */
  render?: Renderer;
  resumeWorkflow: (prev: Case, next: Case) => Promise<void>;
  startWorkflow?: (c: Case) => Promise<void>;
}

const MAX_RACES = 8;

export async function loadVisibleCase(
  store: StoreContext,
  actor: Actor,
  caseId: string,
  intent: Intent = 'read',
): Promise<Case> {
  const c = await getCase(store, caseId);
  if (!c) throw notFound('no such case');
  if (actor.type === 'staff') assertCanSeeCase(actor, c, intent);
  return c;
}

/** The cases a split creates, with their first events, for the same transaction as the split. */
function splitParts(parent: Case, req: Extract<ActionRequest, { action: 'split' }>, actor: Actor, now: Date) {
  const profile = profileByVersion(parent.profileId, parent.profileVersion);
  return req.parts.map((part) => {
    const child = openSplitPart(parent, part, { caseId: randomUUID(), random8: randomCode(8), now, profile });
    const event = chainEvent(child.caseId, null, {
      at: now.toISOString(),
      actor: auditActor(actor),
      action: 'split_from',
      from: null,
      to: child.status,
      data: { parent: parent.reference, kind: child.kind },
    });
    return { case: { ...child, headHash: event.hash, submissionHash: parent.submissionHash }, event };
  });
}

/** The committee a case moves to, as the transition needs it; null when there is none by that id. */
async function transferTarget(s: StoreContext, c: Case, committeeId: string, now: Date) {
  const to = (await listCommittees(s)).find((x) => x.committeeId === committeeId);
  if (!to) return null;
  return {
    committee: to.committeeId,
    name: to.name.vi,
    profile: profileOn(localDate(now), to.profileId),
    // Its members named in the case never see it, as at intake.
    excluded: c.namedPersons.length
      ? namedStaff(c.namedPersons, await committeeStaff(s, to.committeeId))
      : [],
  };
}

/**
 * The receiving committee's first line of the case, chained after the transfer: the trail says the
 * case arrived there, and the figures count it into that committee's received and open cases.
 */
function receivedByTransfer(prev: Case, next: Case, transfer: AuditEvent): AuditEvent {
  return chainEvent(
    next.caseId,
    { seq: transfer.seq, headHash: transfer.hash },
    {
      at: transfer.at,
      actor: 'system',
      action: 'received_by_transfer',
      from: next.status,
      to: next.status,
      data: { fromCommittee: prev.committee, committee: next.committee, m: { committee: next.committee } },
    },
  );
}

/**
 * Drafting and issuing lay out a document: that code, and the Lambda client that calls the renderer,
 * load with those two actions only.
 */
async function documentsFor(
  deps: ActDeps,
  prev: Case,
  next: Case,
  req: ActionRequest,
  actor: Actor,
  now: Date,
  profile: Profile,
): Promise<DocumentWrites | null> {
  if (req.action !== 'propose_decision' && req.action !== 'approve_decision') return null;
  const { draftDocument, issueDecision } = await import('./decision-documents.js');
  const render = deps.render ?? (await import('../documents/render-client.js')).renderDocument;
  return req.action === 'propose_decision'
    ? draftDocument({ render }, deps.store, next, profile, actor, now)
    : issueDecision({ render }, deps.store, prev, next, profile, actor, now);
}

export async function actOnCase(
  deps: ActDeps,
  actor: Actor,
  caseId: string,
  req: ActionRequest,
): Promise<Case> {
  return untilSaved(async () => {
    const prev = await loadVisibleCase(deps.store, actor, caseId, 'act');
    const now = deps.now();
    const profile = profileByVersion(prev.profileId, prev.profileVersion);
    // Assigning needs to know who is in the committee and with what role (one Query).
    const staff = req.action === 'assign' ? await committeeStaff(deps.store, prev.committee) : undefined;
    // Drafting and issuing check and lay out the decision document: its texts load now, not at start.
    if (req.action === 'propose_decision' || req.action === 'approve_decision') await loadDocumentTexts();
    const transferTo =
      req.action === 'transfer' && req.toCommittee
        ? await transferTarget(deps.store, prev, req.toCommittee, now)
        : undefined;
    const decision = decide(prev, req, actor, { now, profile, staff, transferTo });
    let next = decision.next;
    const parts = req.action === 'split' ? splitParts(prev, req, actor, now) : [];
    if (parts.length)
      next = { ...next, links: { ...next.links, splitInto: parts.map((p) => p.case.reference) } };
    const docs = await documentsFor(deps, prev, next, req, actor, now, profile);
    if (docs) next = docs.next;
    const audit: AuditEvent = chainEvent(caseId, prev, {
      at: now.toISOString(),
      actor: auditActor(actor),
      ...decision.event,
      data: { ...decision.event.data, ...docs?.data },
    });
    const events = [audit, ...(transferTo ? [receivedByTransfer(prev, next, audit)] : [])];
    const saved = await saveCase(deps.store, prev, next, events, {
      token: 'consume',
      extra: [
        ...parts.flatMap((p) => newCaseItems(deps.store.tableName, p.case, p.event, { index: false })),
        ...(docs?.extra ?? []),
      ],
    });
    for (const p of parts) {
      await indexNewCase(deps.store, p.case).catch(() => undefined);
      await deps.startWorkflow?.(p.case);
    }
    await deps.resumeWorkflow(prev, saved);
    return saved;
  }, MAX_RACES);
}
