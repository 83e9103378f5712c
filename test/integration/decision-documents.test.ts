/**
 * Issue 10: the decision as a document, from draft to the filer. Each kind is taken from filing to
 * the filer downloading their document; the PDF's text (extracted with pdf.js) holds the reference,
 * the number, the outcome and the next-step dates. The bad inputs of the contract each
 * change nothing.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trackCaseResponse } from '../../shared/api/contracts.js';
import { intakes } from '../support/fixtures.js';
import {
  act,
  auditOf,
  detail,
  type Filed,
  fileCase,
  loginAll,
  outboxFor,
  type Tokens,
} from '../support/lifecycle.js';
import { pdfText } from '../support/pdf.js';
import { startTestRuntime, type TestRuntime, testClock } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;

beforeAll(async () => {
  // Tuesday 1 December 2026, 10:00 in Hà Nội: every date below is counted by hand from it.
  testClock.set('2026-12-01T03:00:00Z');
  rt = await startTestRuntime();
  t = await loginAll(rt);
});
afterAll(async () => {
  await rt?.stop();
  testClock.at = null;
});

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function caseJson(token: string, caseId: string) {
  const r = await rt.call(`/cases/${caseId}`, { token });
  expect(r.status).toBe(200);
  return r.body;
}

/** A draft of every part the track's profile lists, each with its own words. */
async function fullDraft(token: string, caseId: string, extra = '') {
  const { procedure } = await caseJson(token, caseId);
  return Object.fromEntries(
    procedure.document.parts.map((p: { code: string; label: { vi: string } }) => [
      p.code,
      `${p.label.vi}: nội dung do cán bộ soạn thảo cho hồ sơ${extra}.`,
    ]),
  ) as Record<string, string>;
}

/** The investigator proposes `outcome` with a full draft. */
async function propose(
  c: Filed,
  outcome: string,
  token = t.investigator,
  extra: Record<string, unknown> = {},
) {
  await act(rt, token, c.caseId, {
    action: 'propose_decision',
    outcome,
    draft: await fullDraft(token, c.caseId),
    ...extra,
  });
}

async function acceptAndAssign(c: Filed, chair = t.chair, investigator = 'investigator') {
  await act(rt, chair, c.caseId, { action: 'accept' });
  await act(rt, chair, c.caseId, { action: 'assign', assignees: [investigator] });
}

/** The chair reads the draft (case page and PDF), approves exactly that hash. */
async function readAndApprove(c: Filed, chair = t.chair) {
  const { case: k } = await caseJson(chair, c.caseId);
  expect(k.proposal.documentHash).toMatch(/^[0-9a-f]{64}$/);
  const draft = await rt.bytes(`/cases/${c.caseId}/documents/${k.proposal.documentId}`, chair);
  expect(draft.status).toBe(200);
  expect(draft.headers.get('content-type')).toBe('application/pdf');
  expect(sha256(draft.bytes)).toBe(k.proposal.documentHash);
  expect(await pdfText(draft.bytes)).toContain('DỰ THẢO');
  await act(rt, chair, c.caseId, { action: 'approve_decision', documentHash: k.proposal.documentHash });
}

/** What the filer sees and downloads with their receipt. */
async function filerGets(c: Filed) {
  const view = await rt.call(`/public/cases/${c.receipt}`);
  expect(view.status).toBe(200);
  expect(() => trackCaseResponse.parse(view.body)).not.toThrow();
  const decision = view.body.decision;
  expect(decision).toBeDefined();
  const pdf = await rt.bytes(`/public/cases/${c.receipt}/documents/${decision.documentId}`);
  expect(pdf.status).toBe(200);
  expect(sha256(pdf.bytes)).toBe(decision.documentHash);
  // Lines wrap where the layout wraps them: compare words, not line breaks.
  return { view: view.body, decision, text: (await pdfText(pdf.bytes)).replace(/\s+/g, ' ') };
}

describe('the decision document, filing to download', () => {
  it('complaint, first instance: numbered decision, reasons, second-complaint window and effect date', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await acceptAndAssign(c);
    await propose(c, 'partly_upheld');
    await readAndApprove(c);
    const { view, decision, text } = await filerGets(c);
    expect(decision).toMatchObject({
      outcome: 'partly_upheld',
      outcomeLabel: { vi: 'Khiếu nại đúng một phần' },
      issuedOn: '2026-12-01',
      number: expect.stringMatching(/^\d+\/QĐ-UBKT1$/),
    });
    expect(decision.reasons.map((r: { part: string }) => r.part)).toEqual([
      'verification',
      'dialogue',
      'legal_basis',
      'conclusion',
      'remedy',
      'compensation',
    ]);
    // Law on Complaints art. 33(1): 30 days from Tue 1 Dec 2026 → Thu 31 Dec 2026; art. 44: in force
    // once they have run without a second complaint, from Fri 1 Jan 2027.
    expect(decision.nextSteps).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ step: 'second_complaint', dueOn: '2026-12-31', dayType: 'calendar' }),
        expect.objectContaining({ step: 'lawsuit', dueOn: null }),
        expect.objectContaining({ step: 'effective', kind: 'takes_effect', dueOn: '2027-01-01' }),
      ]),
    );
    for (const s of [view.reference ?? c.reference, decision.number, 'Khiếu nại đúng một phần', '31/12/2026'])
      expect(text).toContain(s);
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).not.toContain('DỰ THẢO');
    expect(view.filed.content).toContain('thu hồi đất');
    expect(view.filed.subject).toMatchObject({ number: '123/QĐ-UBND' });

    // The notice carries the reasons, the dates and where to download, not one sentence.
    const notice = outboxFor(rt, c.caseId).find((n) => n.noticeType === 'decision');
    expect(notice?.body).toContain(decision.number);
    expect(notice?.body).toContain('31/12/2026');
    expect(notice?.body).toContain('Lý do');
    expect(notice?.body).toContain('/track');

    // Both hashes are in the audit trail, and the chain holds.
    const { verdict, events } = await auditOf(rt, t.chair, c.caseId);
    expect(verdict.valid).toBe(true);
    const approve = events.find((e) => e.action === 'approve_decision')!;
    expect(approve.data).toMatchObject({
      approvedDraftHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      documentHash: decision.documentHash,
      number: decision.number,
    });
    expect(events.find((e) => e.action === 'propose_decision')?.data.documentHash).toBe(
      approve.data.approvedDraftHash,
    );
  });

  it('complaint, second instance at another committee: finding on the first decision, right to sue', async () => {
    const first = await fileCase(rt, t.intake, intakes.complaint());
    await acceptAndAssign(first);
    await propose(first, 'not_upheld');
    await readAndApprove(first);
    const second = await fileCase(rt, t.chairB, {
      ...intakes.complaint(),
      committee: 'ubkt-2',
      instance: 2,
      firstCaseReference: first.reference,
      firstDecision: { number: '01/QĐ-UBKT1', date: '2026-12-01', issuer: 'Ủy ban Kiểm tra số 1' },
    });
    await acceptAndAssign(second, t.chairB, 'investigator-b');
    await act(rt, t.investigatorB, second.caseId, {
      action: 'record_dialogue',
      heldOn: '2026-12-01',
      participants: 3,
      summary: 'Đối thoại giữa người khiếu nại và UBND phường.',
    });
    await propose(second, 'upheld', t.investigatorB, { firstDecisionFinding: 'annulled' });
    await readAndApprove(second, t.chairB);
    const { decision, text } = await filerGets(second);
    expect(decision.number).toMatch(/^\d+\/QĐ-UBKT2$/);
    expect(decision.nextSteps.map((s: { step: string }) => s.step)).toEqual(['lawsuit', 'effective']);
    expect(text).toContain('Về việc giải quyết khiếu nại (lần hai)');
    expect(text).toContain('Kết quả giải quyết khiếu nại của người giải quyết khiếu nại lần đầu');
    expect(text).toContain(second.reference);
  });

  it('denunciation: the conclusion stays with staff; the denouncer receives a notice of it', async () => {
    const c = await fileCase(rt, t.intake, intakes.denunciation());
    await acceptAndAssign(c);
    await propose(c, 'partly_true');
    await readAndApprove(c);
    const { decision, text } = await filerGets(c);
    // The denouncer holds a notice with its own number; the conclusion took the one before it.
    expect(decision.number).toMatch(/^\d+\/TB-UBKT1$/);
    const conclusionNumber = (await detail(rt, t.chair, c.caseId)).decision.number;
    expect(conclusionNumber).toMatch(/^\d+\/KL-UBKT1$/);
    expect(Number(decision.number.split('/')[0])).toBe(Number(conclusionNumber.split('/')[0]) + 1);
    expect(decision.documents).toEqual([expect.objectContaining({ role: 'notice', locale: 'vi' })]);
    // Law on Denunciations art. 40: published within 7 working days of Tue 1 Dec → Thu 10 Dec 2026.
    expect(decision.nextSteps[0]).toMatchObject({
      step: 'publication',
      dueOn: '2026-12-10',
      dayType: 'working',
    });
    expect(text).toContain('THÔNG BÁO');
    expect(text).toContain('Tố cáo đúng một phần');
    expect(text).toContain('10/12/2026');
    expect(text).toContain(c.reference);
    // The measures against the person denounced are not part of what the denouncer receives.
    expect(text).not.toContain('Các biện pháp xử lý theo thẩm quyền');
    // The conclusion itself is reachable by staff only.
    const docs = (await rt.call(`/cases/${c.caseId}/documents`, { token: t.chair })).body.items;
    const conclusion = docs.find((d: { role: string }) => d.role === 'decision');
    expect(conclusion.audience).toBe('staff');
    expect((await rt.bytes(`/public/cases/${c.receipt}/documents/${conclusion.documentId}`)).status).toBe(
      404,
    );
  });

  it('petition: the answer, in English for an English-language filer with the Vietnamese authoritative', async () => {
    const c = await fileCase(rt, t.intake, { ...intakes.petition(), locale: 'en' });
    await acceptAndAssign(c);
    await propose(c, 'answered');
    await readAndApprove(c);
    const { decision, text } = await filerGets(c);
    expect(decision.number).toMatch(/^\d+\/TB-UBKT1$/);
    expect(decision.documents.map((d: { locale: string }) => d.locale).sort()).toEqual(['en', 'vi']);
    expect(text).toContain('NOTICE');
    expect(text).toContain('The Vietnamese text is the authoritative one');
    expect(text).toContain(decision.number);
    const vi = decision.documents.find((d: { locale: string }) => d.locale === 'vi');
    const official = await rt.bytes(`/public/cases/${c.receipt}/documents/${vi.documentId}`);
    expect(await pdfText(official.bytes)).toContain('Trả lời kiến nghị, phản ánh');
  });

  it('dispute: the mediation record with its eight items', async () => {
    const c = await fileCase(rt, t.intake, intakes.dispute());
    await acceptAndAssign(c);
    await act(rt, t.investigator, c.caseId, {
      action: 'record_dialogue',
      heldOn: '2026-12-01',
      participants: 3,
      summary: 'Buổi hòa giải tại nhà văn hóa tổ dân phố.',
    });
    await propose(c, 'settled');
    await readAndApprove(c);
    const { decision, text } = await filerGets(c);
    expect(decision.number).toMatch(/^\d+\/BB-UBKT1$/);
    expect(text).toContain('VĂN BẢN HÒA GIẢI THÀNH');
    expect(text).toContain('Hòa giải thành');
    expect(text).toContain('Thỏa thuận đạt được, giải pháp thực hiện');
  });
});

describe('dual control and bad input', () => {
  it('a returned draft keeps its history; the next proposal shows what changed; a stale hash is a 409', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await acceptAndAssign(c);
    const draft = await fullDraft(t.investigator, c.caseId);
    await act(rt, t.investigator, c.caseId, { action: 'propose_decision', outcome: 'upheld', draft });
    const before = (await caseJson(t.chair, c.caseId)).case.proposal;
    await act(rt, t.chair, c.caseId, { action: 'return_decision', reason: 'Bổ sung căn cứ pháp luật.' });
    const returned = await detail(rt, t.chair, c.caseId);
    expect(returned.returnedProposal).toMatchObject({
      documentHash: before.documentHash,
      reason: 'Bổ sung căn cứ pháp luật.',
    });
    await act(rt, t.investigator, c.caseId, {
      action: 'propose_decision',
      outcome: 'upheld',
      draft: { ...draft, legal_basis: 'Luật Đất đai 2024, Điều 87.' },
    });
    const now = (await caseJson(t.chair, c.caseId)).case;
    expect(now.proposal.changed).toEqual(['legal_basis']);
    expect(now.proposal.documentHash).not.toBe(before.documentHash);

    const events = (await auditOf(rt, t.chair, c.caseId)).events.length;
    for (const hash of [before.documentHash, 'f'.repeat(64)]) {
      const r = await rt.call(`/cases/${c.caseId}/actions`, {
        token: t.chair,
        body: { action: 'approve_decision', expectedVersion: now.version, documentHash: hash },
      });
      expect(r.status).toBe(409);
    }
    expect((await auditOf(rt, t.chair, c.caseId)).events.length).toBe(events);
    expect((await detail(rt, t.chair, c.caseId)).version).toBe(now.version);
  });

  it('refuses a draft missing a required part (422 naming it), control characters and lone surrogates', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await acceptAndAssign(c);
    const { case: k } = await caseJson(t.investigator, c.caseId);
    const draft = await fullDraft(t.investigator, c.caseId);
    const send = (body: Record<string, unknown>) =>
      rt.call(`/cases/${c.caseId}/actions`, {
        token: t.investigator,
        body: { action: 'propose_decision', expectedVersion: k.version, outcome: 'upheld', ...body },
      });
    const { remedy: _r, ...withoutRemedy } = draft;
    const missing = await send({ draft: withoutRemedy });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([
      expect.objectContaining({ path: 'draft.remedy', code: 'draft_part_required' }),
    ]);
    const unknown = await send({ draft: { ...draft, verdict: 'Một phần không có trong quy trình.' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].path).toBe('draft.verdict');
    expect(
      (await send({ draft: { ...draft, conclusion: 'Kết luận\u0007 có ký tự điều khiển.' } })).status,
    ).toBe(422);
    const lone = await rt.call(`/cases/${c.caseId}/actions`, {
      token: t.investigator,
      raw: `{"action":"propose_decision","expectedVersion":${k.version},"outcome":"upheld","draft":${JSON.stringify({ ...draft, conclusion: 'x' }).replace('"x"', '"\\ud800 lẻ"')}}`,
    });
    expect(lone.status).toBe(422);
    expect((await send({ draft, outcome: undefined })).status).toBe(422);
    expect((await detail(rt, t.chair, c.caseId)).version).toBe(k.version);
  });

  it('a document asked for with another case’s receipt is a 404; so is a draft', async () => {
    const a = await fileCase(rt, t.intake, intakes.petition());
    await acceptAndAssign(a);
    await propose(a, 'answered');
    const draftId = (await caseJson(t.chair, a.caseId)).case.proposal.documentId;
    expect((await rt.bytes(`/public/cases/${a.receipt}/documents/${draftId}`)).status).toBe(404);
    await readAndApprove(a);
    const other = await fileCase(rt, t.intake, intakes.petition());
    const id = (await rt.call(`/public/cases/${a.receipt}`)).body.decision.documentId;
    expect((await rt.bytes(`/public/cases/${a.receipt}/documents/${id}`)).status).toBe(200);
    expect((await rt.bytes(`/public/cases/${other.receipt}/documents/${id}`)).status).toBe(404);
    // A document id that cannot be a SHA-256 is invalid input (the route table's path schema).
    expect((await rt.bytes(`/public/cases/${a.receipt}/documents/not-a-hash`)).status).toBe(422);
    // Malformed percent-encoding in a path is the client's fault: 400, never a 500.
    expect((await rt.bytes(`/public/cases/${a.receipt}/documents/%E0%A4%A`)).status).toBe(400);
    expect((await rt.bytes(`/public/cases/%E0%A4%A/documents/${id}`)).status).toBe(400);
  });

  it('a render failure fails the action as a whole: 503 with Retry-After, nothing written, no number taken', async () => {
    const c = await fileCase(rt, t.intake, intakes.petition());
    await acceptAndAssign(c);
    await propose(c, 'answered');
    const { case: k } = await caseJson(t.chair, c.caseId);
    const items = await rt.itemCount();
    rt.lambdas.failing.add('cm-render-document');
    try {
      const r = await rt.call(`/cases/${c.caseId}/actions`, {
        token: t.chair,
        body: {
          action: 'approve_decision',
          expectedVersion: k.version,
          documentHash: k.proposal.documentHash,
        },
      });
      expect(r.status).toBe(503);
      expect(r.headers.get('retry-after')).toBe('5');
      expect(r.headers.get('content-type')).toContain('application/problem+json');
    } finally {
      rt.lambdas.failing.delete('cm-render-document');
    }
    expect(await rt.itemCount()).toBe(items);
    expect((await detail(rt, t.chair, c.caseId)).status).toBe('decision_proposed');
    // The next approval takes the next number: nothing was half-issued.
    const numbers: number[] = [];
    await readAndApprove(c);
    numbers.push(Number((await detail(rt, t.chair, c.caseId)).decision.number.split('/')[0]));
    const d = await fileCase(rt, t.intake, intakes.petition());
    await acceptAndAssign(d);
    await propose(d, 'answered');
    await readAndApprove(d);
    numbers.push(Number((await detail(rt, t.chair, d.caseId)).decision.number.split('/')[0]));
    expect(numbers[1]).toBe(numbers[0]! + 1);
  });
});
