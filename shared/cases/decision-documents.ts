/**
 * The documents a decision action writes, for the same transaction as the case: the draft PDF of a
 * proposal, and on approval the register number, the issued document (and what the filer receives:
 * a translation for an English-language filer, a notice of a denunciation's conclusion). Each is
 * rendered before anything is written; a render failure leaves the case as it was (503).
 */

import type { Renderer } from '../documents/render-client.js';
import type { Actor } from '../domain/actor.js';
import { localDate } from '../domain/calendar.js';
import type { Case } from '../domain/case.js';
import { type Decision, documentNumber, documentRulesOf, nextStepsFor } from '../domain/decision.js';
import { type DocumentSpec, documentSpec } from '../domain/document-spec.js';
import type { Profile } from '../domain/profile.js';
import { rulesFor } from '../domain/profile.js';
import type { StoreContext } from '../store/case-repository.js';
import { documentIssuer, listCommittees } from '../store/committees.js';
import { type DocumentRecord, documentPut, issuerAndRegister, registerNext } from '../store/documents.js';

export interface DocumentDeps {
  render: Renderer;
}

export interface DocumentWrites {
  next: Case;
  data: Record<string, unknown>;
  extra: Record<string, unknown>[];
}

const actorId = (a: Actor) => (a.type === 'staff' ? a.id : a.type);

async function issuerOf(store: StoreContext, c: Case) {
  const committee = (await listCommittees(store)).find((x) => x.committeeId === c.committee);
  return documentIssuer(committee, c.committee, c.location.province);
}

async function renderRecord(
  deps: DocumentDeps,
  c: Case,
  spec: DocumentSpec,
  meta: Pick<DocumentRecord, 'role' | 'audience' | 'number'> & { now: Date; actor: Actor },
): Promise<DocumentRecord> {
  const r = await deps.render(c.caseId, spec, meta.now);
  return {
    documentId: r.sha256,
    caseId: c.caseId,
    sha256: r.sha256,
    size: r.size,
    blobKey: r.blobKey,
    role: meta.role,
    locale: spec.locale,
    audience: meta.audience,
    title: `${spec.title} ${spec.about}`,
    number: meta.number,
    createdAt: meta.now.toISOString(),
    createdBy: actorId(meta.actor),
    renderMs: r.renderMs,
  };
}

/** propose_decision: the draft as a PDF, its hash on the proposal and in the audit event. */
export async function draftDocument(
  deps: DocumentDeps,
  store: StoreContext,
  next: Case,
  profile: Profile,
  actor: Actor,
  now: Date,
): Promise<DocumentWrites> {
  const p = next.proposal!;
  const spec = documentSpec({
    c: next,
    profile,
    committee: await issuerOf(store, next),
    draft: p.draft,
    outcome: p.outcome,
    locale: 'vi',
  });
  const doc = await renderRecord(deps, next, spec, { role: 'draft', audience: 'staff', now, actor });
  return {
    next: { ...next, proposal: { ...p, documentId: doc.documentId, documentHash: doc.sha256 } },
    data: { documentHash: doc.sha256 },
    extra: [documentPut(store.tableName, doc)],
  };
}

/**
 * approve_decision: the next number of the committee's register for the year (taken in the same
 * transaction), the issued document with number, date and signer, and what the filer receives.
 */
export async function issueDecision(
  deps: DocumentDeps,
  store: StoreContext,
  prev: Case,
  next: Case,
  profile: Profile,
  actor: Actor,
  now: Date,
): Promise<DocumentWrites> {
  const p = prev.proposal!;
  const _rules = rulesFor(profile, prev.track);
  const issuedOn = localDate(now);
  const year = issuedOn.slice(0, 4);
  const read = await issuerAndRegister(store, prev.committee, year);
  const committee = documentIssuer(read.committee, prev.committee, prev.location.province);
  const last = read.last;
  const doc = documentRulesOf(profile, prev);
  const filer = doc.filerDocument;
  const number = documentNumber(last + 1, doc.symbol, committee.symbol, profile.documentLayout);
  // A notice is a document of its own with its own register number (Decree 30/2020 art. 15).
  const noticeNumber =
    filer === 'notice' ? documentNumber(last + 2, 'TB', committee.symbol, profile.documentLayout) : undefined;
  const signerName = actor.type === 'staff' ? (actor.name ?? actor.id) : 'system';
  const nextSteps = nextStepsFor(prev, profile, issuedOn, p.outcome);
  const base = {
    c: prev,
    profile,
    committee,
    draft: p.draft,
    outcome: p.outcome,
    firstDecisionFinding: p.firstDecisionFinding,
  };
  const issue = { number, issuedOn, signerName };
  const render = (
    locale: 'vi' | 'en',
    role: 'decision' | 'notice',
    audience: 'staff' | 'filer',
  ): Promise<DocumentRecord> => {
    const docIssue = role === 'notice' ? { ...issue, number: noticeNumber! } : issue;
    // The filer's next steps go in what the filer receives, never in a conclusion sent to the accused.
    const steps = audience === 'filer' ? nextSteps : undefined;
    const spec = documentSpec({ ...base, locale, role, issue: docIssue, nextSteps: steps });
    return renderRecord(deps, prev, spec, { now, actor, number: docIssue.number, role, audience });
  };

  const official = await render('vi', 'decision', filer === 'decision' ? 'filer' : 'staff');
  const docs = [official];
  if (filer === 'notice') docs.push(await render('vi', 'notice', 'filer'));
  // An English rendering for an English-language filer; the Vietnamese one stays authoritative.
  if (filer !== 'none' && prev.locale === 'en') docs.push(await render('en', filer, 'filer'));
  // What the filer opens first: the document in their language addressed to them.
  const forFiler = docs.filter((d) => d.audience === 'filer');
  const lead = forFiler.find((d) => d.locale === prev.locale) ?? forFiler[0] ?? official;
  const decision: Decision = {
    outcome: p.outcome,
    number,
    issuedOn,
    signedBy: actorId(actor),
    signerName,
    approvedDraftHash: p.documentHash,
    documentId: lead.documentId,
    documentHash: lead.sha256,
    documents: docs.map((d) => ({
      documentId: d.documentId,
      documentHash: d.sha256,
      number: d.number,
      locale: d.locale,
      role: d.role === 'notice' ? 'notice' : 'decision',
      audience: d.audience,
    })),
    firstDecisionFinding: p.firstDecisionFinding,
  };
  return {
    next: { ...next, decision },
    data: {
      number,
      noticeNumber,
      issuedOn,
      approvedDraftHash: p.documentHash,
      documentHash: official.sha256,
      documents: docs.map((d) => d.sha256),
    },
    extra: [
      registerNext(store.tableName, prev.committee, year, last, noticeNumber ? 2 : 1),
      ...docs.map((d) => documentPut(store.tableName, d)),
    ],
  };
}
