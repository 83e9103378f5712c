/**
 * Issue 3: every terminal path of every kind through the HTTP API against the local runtime,
 * asserting statuses, deadlines, notices in the outbox and a valid audit chain at the end.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intakes } from '../support/fixtures.js';
import { act, auditOf, detail, fileCase, loginAll, outboxFor, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;

beforeAll(async () => {
  rt = await startTestRuntime();
  t = await loginAll(rt);
});
afterAll(() => rt?.stop());

async function endsValid(caseId: string, token = t.chair) {
  const { verdict, events } = await auditOf(rt, token, caseId);
  expect(verdict.valid).toBe(true);
  return events;
}

const statusesOf = async (caseId: string, token = t.chair) =>
  (await detail(rt, token, caseId)).history.map((h: { status: string }) => h.status);

describe('complaint', () => {
  it('accepted → investigated → upheld → notified → closed, with every notice and clock', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    await act(rt, t.investigator, c.caseId, { action: 'add_note', text: 'Đã làm việc với UBND phường.' });
    await act(rt, t.investigator, c.caseId, {
      action: 'add_evidence',
      description: 'Biên bản đo đạc hiện trạng',
    });
    await act(rt, t.investigator, c.caseId, {
      action: 'propose_decision',
      outcome: 'upheld',
      summary: 'Diện tích thu hồi không đúng hiện trạng; đề nghị hủy quyết định.',
    });
    await act(rt, t.chair, c.caseId, { action: 'approve_decision' });
    expect((await detail(rt, t.chair, c.caseId)).status).toBe('notified');
    await act(rt, t.chair, c.caseId, { action: 'close' });

    const d = await detail(rt, t.chair, c.caseId);
    expect(d.status).toBe('closed');
    expect(d.outcome).toBe('upheld');
    expect(d.proposal).toMatchObject({ outcome: 'upheld', proposedBy: 'investigator' });
    expect(d.decision).toMatchObject({
      outcome: 'upheld',
      signedBy: 'chair',
      number: expect.stringMatching(/^\d+\/QĐ-UBKT1$/),
    });
    expect(await statusesOf(c.caseId)).toEqual([
      'received',
      'screening',
      'accepted',
      'assigned',
      'investigating',
      'decision_proposed',
      'decided',
      'notified',
      'closed',
    ]);
    expect(d.deadlines.map((k: { name: string; state: string }) => `${k.name}:${k.state}`)).toEqual([
      'acceptance:met',
      'resolution:met',
      'decision_notice:met',
    ]);
    expect(outboxFor(rt, c.caseId).map((n) => [n.noticeType, n.channel])).toEqual([
      ['acknowledgement', 'post'],
      ['acceptance', 'post'],
      ['decision', 'post'],
    ]);
    const tracked = (await rt.call(`/public/cases/${c.receipt}`)).body;
    expect(tracked.status).toBe('closed');
    expect(tracked.messages.map((m: { type: string }) => m.type)).toEqual([
      'acknowledgement',
      'acceptance',
      'decision',
    ]);
    await endsValid(c.caseId);
  });

  it('rejected with a ground → closed', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, c.caseId, {
      action: 'reject',
      ground: 'not_directly_affected',
      reason: 'Quyết định không liên quan đến quyền lợi của người khiếu nại.',
    });
    expect((await detail(rt, t.chair, c.caseId)).status).toBe('closed');
    expect(outboxFor(rt, c.caseId).map((n) => n.noticeType)).toEqual(['acknowledgement', 'rejection']);
    expect(outboxFor(rt, c.caseId)[1]!.body).toContain('Luật Khiếu nại 2011, Điều 11(2)');
    await endsValid(c.caseId);
  });

  it('withdrawn by the complainant through the receipt → closed', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    const w = await rt.call(`/public/cases/${c.receipt}/withdraw`, {
      body: { reason: 'Đã tự thỏa thuận được.' },
    });
    expect(w.status).toBe(200);
    expect(w.body.status).toBe('withdrawn');
    await rt.sfn.idle();
    const d = await detail(rt, t.chair, c.caseId);
    expect(d).toMatchObject({ status: 'closed', outcome: 'withdrawn' });
    expect(outboxFor(rt, c.caseId).map((n) => n.noticeType)).toContain('withdrawal');
    const again = await rt.call(`/public/cases/${c.receipt}/withdraw`, { body: {} });
    expect(again.status).toBe(409);
    await endsValid(c.caseId);
  });

  it('second instance: linked to the first, decided by another committee, overturning the first decision', async () => {
    const first = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, first.caseId, { action: 'accept' });
    await act(rt, t.chair, first.caseId, { action: 'assign', assignees: ['investigator'] });
    await act(rt, t.investigator, first.caseId, {
      action: 'propose_decision',
      outcome: 'not_upheld',
      summary: 'Quyết định thu hồi đất đúng quy định.',
    });
    await act(rt, t.chair, first.caseId, { action: 'approve_decision' });
    await act(rt, t.chair, first.caseId, { action: 'close' });

    // Filed to the same committee: it may not decide it.
    const same = await fileCase(rt, t.intake, {
      ...intakes.complaint(),
      instance: 2,
      firstCaseReference: first.reference,
      firstDeadlineExpired: true,
    });
    expect((await detail(rt, t.intake, same.caseId)).links.firstInstance).toMatchObject({
      caseId: first.caseId,
      committee: 'ubkt-1',
    });
    await act(rt, t.intake, same.caseId, { action: 'accept' }, 403);

    const second = await fileCase(rt, t.chairB, {
      ...intakes.complaint(),
      committee: 'ubkt-2',
      instance: 2,
      firstCaseReference: first.reference,
      firstDecision: { number: '01/QĐ-GQKN', date: '2026-01-10', issuer: 'Ủy ban Kiểm tra số 1' },
    });
    expect((await detail(rt, t.chairB, second.caseId)).links.firstInstance).toMatchObject({
      caseId: first.caseId,
      committee: 'ubkt-1',
      outcome: 'not_upheld',
    });
    await act(rt, t.chairB, second.caseId, { action: 'accept', complexity: 'complex' });
    const accepted = await detail(rt, t.chairB, second.caseId);
    expect(accepted.deadlines.find((k: { name: string }) => k.name === 'resolution')).toMatchObject({
      days: 60,
      dayType: 'calendar',
    });
    await act(rt, t.chairB, second.caseId, { action: 'assign', assignees: ['investigator-b'] });
    // Dialogue is mandatory at the second instance (Law on Complaints art. 39).
    await act(
      rt,
      t.investigatorB,
      second.caseId,
      {
        action: 'propose_decision',
        outcome: 'upheld',
        summary: 'Quyết định lần đầu chưa đúng hiện trạng.',
        firstDecisionFinding: 'annulled',
      },
      409,
    );
    await act(rt, t.investigatorB, second.caseId, {
      action: 'record_dialogue',
      heldOn: '2026-11-20',
      participants: 4,
      summary: 'Đối thoại giữa người khiếu nại và UBND phường.',
    });
    await act(
      rt,
      t.investigatorB,
      second.caseId,
      { action: 'propose_decision', outcome: 'upheld', summary: 'Quyết định lần đầu chưa đúng hiện trạng.' },
      422,
    );
    await act(rt, t.investigatorB, second.caseId, {
      action: 'propose_decision',
      outcome: 'upheld',
      summary: 'Quyết định lần đầu chưa đúng hiện trạng.',
      firstDecisionFinding: 'annulled',
    });
    await act(rt, t.chairB, second.caseId, { action: 'approve_decision' });
    await act(rt, t.chairB, second.caseId, { action: 'close' });
    const d = await detail(rt, t.chairB, second.caseId);
    expect(d).toMatchObject({
      status: 'closed',
      outcome: 'upheld',
      decision: { firstDecisionFinding: 'annulled' },
    });
    // Staff of the first committee cannot read the second committee's case.
    expect((await rt.call(`/cases/${second.caseId}`, { token: t.chair })).status).toBe(403);
    await endsValid(second.caseId, t.chairB);
  });
});

describe('denunciation', () => {
  it('transferred to the competent body → closed', async () => {
    const c = await fileCase(rt, t.intake, intakes.denunciation());
    await act(rt, t.intake, c.caseId, {
      action: 'transfer',
      toBody: 'Thanh tra Thành phố Hà Nội',
      reason: 'Người bị tố cáo do Thành phố quản lý.',
    });
    const d = await detail(rt, t.chair, c.caseId);
    expect(d).toMatchObject({
      status: 'closed',
      outcome: 'transferred',
      transfer: { toBody: 'Thanh tra Thành phố Hà Nội' },
    });
    expect(outboxFor(rt, c.caseId).at(-1)!.body).toContain('Thanh tra Thành phố Hà Nội');
    await endsValid(c.caseId);
  });

  it('especially complex: extended twice (not a third time), then concluded; the person denounced never learns who denounced', async () => {
    // The denouncer names themself in the letter: the notice to the person denounced must not.
    const c = await fileCase(rt, t.intake, {
      ...intakes.denunciation(),
      content:
        'Tôi là Trần Thị Bình, số điện thoại 0987654321, tố cáo cán bộ địa chính nhận tiền để hợp thức hóa hồ sơ.',
    });
    await act(rt, t.intake, c.caseId, { action: 'accept', complexity: 'especially_complex' });
    const before = (await detail(rt, t.chair, c.caseId)).deadlines.find(
      (k: { name: string }) => k.name === 'resolution',
    );
    expect(before.days).toBe(30);
    await act(rt, t.chair, c.caseId, { action: 'extend', reason: 'Cần xác minh tại nhiều địa điểm.' });
    await act(rt, t.chair, c.caseId, { action: 'extend', reason: 'Cần trưng cầu giám định.' });
    await act(
      rt,
      t.chair,
      c.caseId,
      { action: 'extend', reason: 'Gia hạn lần thứ ba không được phép.' },
      409,
    );
    const after = (await detail(rt, t.chair, c.caseId)).deadlines.find(
      (k: { name: string }) => k.name === 'resolution',
    );
    expect(after).toMatchObject({ days: 90, extensions: 2 });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    await act(rt, t.investigator, c.caseId, {
      action: 'propose_decision',
      outcome: 'partly_true',
      summary: 'Có căn cứ một phần về việc nhận tiền.',
    });
    await act(rt, t.chair, c.caseId, { action: 'approve_decision' });
    await act(rt, t.chair, c.caseId, { action: 'close' });
    expect((await detail(rt, t.chair, c.caseId)).outcome).toBe('partly_true');

    const sent = outboxFor(rt, c.caseId);
    expect(sent.map((n) => `${n.noticeType}>${n.audience}`)).toEqual([
      'acknowledgement>filer',
      'acceptance>filer',
      'respondent_notice>respondent',
      'extension>filer',
      'extension>respondent',
      'extension>filer',
      'extension>respondent',
      'decision>filer',
      'respondent_decision>respondent',
    ]);
    const toAccused = sent.filter((n) => n.audience === 'respondent');
    // The outbox names the addressee by reference; printing the letter (a reveal) gives the address.
    expect(toAccused.map((n) => n.to)).toEqual(toAccused.map(() => 'accused'));
    const jobs = (await rt.call(`/cases/${c.caseId}/print-jobs`, { token: t.chair })).body.items;
    const letter = jobs.find((j: { noticeType: string }) => j.noticeType === 'respondent_notice');
    expect(JSON.stringify(jobs)).not.toContain('Lê Văn Cường');
    const printed = await rt.call(`/cases/${c.caseId}/print-jobs/${letter.jobId}/print`, {
      token: t.chair,
      body: { reason: 'In thư gửi người bị tố cáo qua bưu điện.' },
    });
    expect(printed.status).toBe(200);
    expect(printed.body.addressee.name).toBe('Lê Văn Cường');
    expect(toAccused[0]!.body).toContain('nhận tiền'); // the content …
    for (const n of toAccused) expect(`${n.body} ${n.to}`).not.toMatch(/Trần Thị Bình|0987654321|Kim Mã/); // … never the denouncer
    await endsValid(c.caseId);
  });

  it('a withdrawal after acceptance goes to the chair, who may continue the case', async () => {
    const c = await fileCase(rt, t.intake, intakes.denunciation());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    const w = await rt.call(`/public/cases/${c.receipt}/withdraw`, { body: {} });
    expect(w.body).toMatchObject({ status: 'accepted', withdrawal: 'requested' });
    await rt.sfn.idle();
    expect(
      outboxFor(rt, c.caseId).some((n) => n.noticeType === 'withdrawal_request' && n.audience === 'chair'),
    ).toBe(true);
    await act(rt, t.chair, c.caseId, {
      action: 'continue_case',
      reason: 'Có dấu hiệu vi phạm cần tiếp tục xác minh (Điều 33(3)).',
    });
    expect((await detail(rt, t.chair, c.caseId)).withdrawal.state).toBe('refused');
    await act(rt, t.chair, c.caseId, {
      action: 'terminate',
      ground: 'deceased',
      reason: 'Người bị tố cáo đã chết, nội dung chỉ liên quan đến người đó.',
    });
    expect(await detail(rt, t.chair, c.caseId)).toMatchObject({ status: 'closed', outcome: 'terminated' });
    await endsValid(c.caseId);
  });

  it('anonymous: routed as information, inspected, followed only through the receipt', async () => {
    const c = await fileCase(rt, t.intake, intakes.anonymousDenunciation());
    const d0 = await detail(rt, t.intake, c.caseId);
    expect(d0).toMatchObject({
      track: 'anonymous_denunciation',
      anonymous: true,
      pseudonym: expect.stringMatching(/^Người tố cáo #/),
    });
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    await act(rt, t.investigator, c.caseId, {
      action: 'propose_decision',
      outcome: 'inspected',
      summary: 'Đã kiểm tra việc thu phí tại bộ phận một cửa.',
    });
    await act(rt, t.chair, c.caseId, { action: 'approve_decision' });
    await act(rt, t.chair, c.caseId, { action: 'close' });
    expect(outboxFor(rt, c.caseId)).toEqual([]); // no address to send to: tracking only
    const tracked = (await rt.call(`/public/cases/${c.receipt}`)).body;
    expect(tracked.messages.map((m: { type: string }) => m.type)).toEqual([
      'acknowledgement',
      'acceptance',
      'decision',
    ]);
    await endsValid(c.caseId);
  });

  it('split into linked cases, and marked duplicate', async () => {
    const c = await fileCase(rt, t.intake, intakes.denunciation());
    const r = await act(rt, t.intake, c.caseId, {
      action: 'split',
      reason: 'Đơn có cả nội dung khiếu nại và tố cáo (Luật Tiếp công dân, Điều 25(3)).',
      parts: [
        { kind: 'denunciation', content: 'Tố cáo cán bộ địa chính nhận tiền của người dân.' },
        { kind: 'complaint', content: 'Khiếu nại việc chậm cấp giấy chứng nhận quyền sử dụng đất.' },
      ],
    });
    expect(r.case).toMatchObject({ status: 'closed', outcome: 'split' });
    expect(r.case.links.splitInto).toHaveLength(2);
    const q = (await rt.call('/cases?stage=screening&limit=100', { token: t.intake })).body.items;
    const parts = q.filter((i: { reference: string }) => r.case.links.splitInto.includes(i.reference));
    expect(parts.map((p: { kind: string }) => p.kind).sort()).toEqual(['complaint', 'denunciation']);
    const part = await detail(rt, t.intake, parts[0].caseId);
    expect(part).toMatchObject({
      links: { splitFrom: c.reference },
      identityOf: c.caseId,
      receivedOn: (await detail(rt, t.intake, c.caseId)).receivedOn,
    });
    expect((await auditOf(rt, t.intake, parts[0].caseId)).verdict.valid).toBe(true);

    const dup = await fileCase(rt, t.intake, intakes.denunciation());
    await act(rt, t.intake, dup.caseId, {
      action: 'mark_duplicate',
      duplicateOf: parts[0].reference,
      reason: 'Cùng người tố cáo, cùng nội dung.',
    });
    expect(await detail(rt, t.intake, dup.caseId)).toMatchObject({
      status: 'closed',
      outcome: 'duplicate',
      links: { duplicateOf: parts[0].reference },
    });
    await endsValid(dup.caseId);
  });
});

describe('petition and dispute', () => {
  it('petition: claimed by an investigator, answered', async () => {
    const c = await fileCase(rt, t.intake, intakes.petition());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.investigator, c.caseId, { action: 'claim' });
    await act(rt, t.investigator, c.caseId, {
      action: 'propose_decision',
      outcome: 'answered',
      summary: 'Đã trả lời về thời hạn giải quyết hồ sơ trợ cấp.',
    });
    await act(rt, t.chair, c.caseId, { action: 'approve_decision' });
    await act(rt, t.chair, c.caseId, { action: 'close' });
    expect(await detail(rt, t.chair, c.caseId)).toMatchObject({
      status: 'closed',
      outcome: 'answered',
      assignees: ['investigator'],
    });
    expect(outboxFor(rt, c.caseId).map((n) => n.channel)).toEqual(['email', 'email', 'email']);
    await endsValid(c.caseId);
  });

  it.each(['settled', 'not_settled'])('dispute: mediation held, %s', async (outcome) => {
    const c = await fileCase(rt, t.intake, intakes.dispute());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    const assigned = await detail(rt, t.chair, c.caseId);
    expect(assigned.deadlines.find((k: { name: string }) => k.name === 'mediation_start')).toMatchObject({
      state: 'running',
      days: 3,
    });
    await act(
      rt,
      t.investigator,
      c.caseId,
      { action: 'propose_decision', outcome, summary: 'Kết quả buổi hòa giải giữa hai hộ.' },
      409,
    );
    await act(rt, t.investigator, c.caseId, {
      action: 'record_dialogue',
      heldOn: '2026-11-27',
      participants: 3,
      summary: 'Buổi hòa giải tại nhà văn hóa.',
    });
    expect(
      (await detail(rt, t.chair, c.caseId)).deadlines.find(
        (k: { name: string }) => k.name === 'mediation_start',
      ).state,
    ).toBe('met');
    await act(rt, t.investigator, c.caseId, {
      action: 'propose_decision',
      outcome,
      summary: 'Kết quả buổi hòa giải giữa hai hộ.',
    });
    await act(rt, t.chair, c.caseId, { action: 'approve_decision' });
    await act(rt, t.chair, c.caseId, { action: 'close' });
    expect(await detail(rt, t.chair, c.caseId)).toMatchObject({ status: 'closed', outcome });
    const toParty = outboxFor(rt, c.caseId).filter((n) => n.audience === 'respondent');
    expect(toParty.map((n) => [n.noticeType, n.to])).toEqual([
      ['respondent_notice', 'party:0'],
      ['respondent_decision', 'party:0'],
    ]);
    const jobs = (await rt.call(`/cases/${c.caseId}/print-jobs`, { token: t.chair })).body.items;
    const toHai = jobs.find((j: { recipient: string }) => j.recipient === 'party:0');
    const printed = await rt.call(`/cases/${c.caseId}/print-jobs/${toHai.jobId}/print`, {
      token: t.chair,
      body: { reason: 'In thư gửi bên tranh chấp qua bưu điện.' },
    });
    expect(printed.body.addressee).toEqual({ name: 'Đỗ Văn Hải', address: '22 Ngõ 5 Láng Hạ, Hà Nội' });
    for (const n of toParty) expect(n.body).not.toMatch(/Vũ Thị Gấm|0901234567/);
    await endsValid(c.caseId);
  });
});

describe('information requests and reopening', () => {
  it('asks the filer for information on the tracking page, and reopens a decided case with a new resolution period', async () => {
    const c = await fileCase(rt, t.intake, intakes.petition());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    await act(rt, t.investigator, c.caseId, {
      action: 'request_info',
      question: 'Đề nghị cung cấp bản sao hồ sơ trợ cấp đã nộp.',
    });
    const tracked = (await rt.call(`/public/cases/${c.receipt}`)).body;
    expect(tracked.messages.at(-1)).toMatchObject({ type: 'info_request', from: 'committee' });
    expect(tracked.messages.at(-1).text.vi).toContain('bản sao hồ sơ trợ cấp');
    await act(rt, t.investigator, c.caseId, {
      action: 'propose_decision',
      outcome: 'answered',
      summary: 'Đã trả lời kiến nghị về hồ sơ trợ cấp.',
    });
    await act(rt, t.chair, c.caseId, { action: 'approve_decision' });
    await act(rt, t.chair, c.caseId, { action: 'close' });
    await act(rt, t.chair, c.caseId, {
      action: 'reopen',
      reason: 'Phát hiện tình tiết mới sau khi kết thúc.',
    });
    const d = await detail(rt, t.chair, c.caseId);
    expect(d).toMatchObject({ status: 'investigating', reopenCount: 1, awaiting: 'investigating' });
    expect(
      d.deadlines
        .filter((k: { name: string; state: string }) => k.name === 'resolution')
        .map((k: { state: string }) => k.state),
    ).toEqual(['met', 'running']);
    expect(outboxFor(rt, c.caseId).at(-1)!.noticeType).toBe('reopened');
    await endsValid(c.caseId);
  });
});

describe('refusals change nothing', () => {
  it('dual control: a chair who proposed cannot approve (403); stale version and wrong stage are 409', async () => {
    const c = await fileCase(rt, t.intake, intakes.petition());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    await act(rt, t.chair, c.caseId, {
      action: 'propose_decision',
      outcome: 'answered',
      summary: 'Chủ nhiệm tự đề xuất kết quả trả lời.',
    });
    const before = await detail(rt, t.chair, c.caseId);
    const count = await rt.itemCount();
    await act(rt, t.chair, c.caseId, { action: 'approve_decision' }, 403);
    const stale = await rt.call(`/cases/${c.caseId}/actions`, {
      token: t.chair,
      body: {
        action: 'return_decision',
        expectedVersion: before.version - 1,
        reason: `Phiên bản cũ.${' '.repeat(3)}x`,
      },
    });
    expect(stale.status).toBe(409);
    await act(rt, t.chair, c.caseId, { action: 'resume' }, 409);
    await act(rt, t.investigator, c.caseId, { action: 'approve_decision' }, 403);
    expect(await rt.itemCount()).toBe(count);
    expect(await detail(rt, t.chair, c.caseId)).toMatchObject({
      version: before.version,
      status: 'decision_proposed',
    });
  });

  it('an investigator not assigned to the case can neither read nor work on it', async () => {
    const c = await fileCase(rt, t.intake, intakes.complaint());
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator-2'] });
    const { version } = await detail(rt, t.chair, c.caseId);
    expect((await rt.call(`/cases/${c.caseId}`, { token: t.investigator })).status).toBe(403);
    const r = await rt.call(`/cases/${c.caseId}/actions`, {
      token: t.investigator,
      body: { action: 'add_note', expectedVersion: version, text: 'Không được phân công.' },
    });
    expect(r.status).toBe(403);
  });
});
