/**
 * DESIGN.md §3: logs never carry personal data. Marker values go through every public and staff
 * endpoint (filing, tracking, withdrawal, actions, reveal, admin) and through the workflow; nothing
 * written to stdout or stderr may contain them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler as advance } from '../../functions/tasks/case-lifecycle/advance.js';
import { logger } from '../../shared/lambda/logger.js';
import { intakes } from '../support/fixtures.js';
import { act, fileCase, loginAll, type Tokens } from '../support/lifecycle.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let t: Tokens;
const captured: string[] = [];
const originals = {
  out: process.stdout.write.bind(process.stdout),
  err: process.stderr.write.bind(process.stderr),
};

const MARK = {
  name: 'Zyxwv Markername',
  phone: '0999111222',
  email: 'marker.person@example.vn',
  id: '079123456789',
  address: '77 Phố Markerstreet, Hà Nội',
  content: 'MARKERCONTENT nội dung riêng tư cần bảo vệ khỏi nhật ký hệ thống.',
  note: 'MARKERNOTE ghi chú nội bộ',
  reason: 'MARKERREASON lý do xem danh tính',
};

beforeAll(async () => {
  logger.setLogLevel('INFO');
  rt = await startTestRuntime();
  t = await loginAll(rt);
  const tap = (orig: typeof process.stdout.write) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      captured.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return (orig as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof process.stdout.write;
  process.stdout.write = tap(originals.out);
  process.stderr.write = tap(originals.err);
});
afterAll(async () => {
  process.stdout.write = originals.out;
  process.stderr.write = originals.err;
  await rt?.stop();
});

describe('logs', () => {
  it('carry no personal data from any endpoint or the workflow', async () => {
    const person = {
      fullName: MARK.name,
      address: MARK.address,
      phone: MARK.phone,
      email: MARK.email,
      idNumber: MARK.id,
    };
    const c = await fileCase(rt, t.intake, {
      ...intakes.denunciation(),
      content: MARK.content,
      complainant: person,
    });
    // Bad input carrying markers too: validation answers must not be logged with values.
    await rt.call('/public/cases', {
      body: {
        ...intakes.denunciation(),
        content: MARK.content,
        complainant: { ...person, email: 'not-an-email' },
      },
    });
    await rt.call('/public/cases', { raw: `{"kind":"complaint","content":"${MARK.content}"` });
    await rt.call(`/public/cases/${c.receipt}`);
    await act(rt, t.intake, c.caseId, { action: 'accept' });
    await act(rt, t.chair, c.caseId, { action: 'assign', assignees: ['investigator'] });
    await act(rt, t.investigator, c.caseId, { action: 'add_note', text: MARK.note });
    await rt.call(`/cases/${c.caseId}/identity/reveal`, { token: t.chair, body: { reason: MARK.reason } });
    await rt.call(`/public/cases/${c.receipt}/withdraw`, { body: { reason: MARK.reason } });
    await rt.call('/admin/staff/marker.user', {
      method: 'PUT',
      token: await rt.login('admin'),
      body: {
        displayName: MARK.name,
        groups: ['intake'],
        committees: ['ubkt-1'],
        initialPassword: 'marker-password-123',
      },
    });
    await act(rt, t.chair, c.caseId, { action: 'continue_case', reason: MARK.reason });
    // A failing workflow task logs its error, still without data.
    await expect(advance({ caseId: 'no-such-case' }, {} as never)).rejects.toThrow();
    await rt.sfn.idle();

    const logs = captured.join('');
    expect(logs).toContain('"message":"request"');
    expect(logs).toContain('"message":"task failed"');
    for (const [k, v] of Object.entries(MARK))
      expect(logs.includes(v), `${k} leaked into the logs`).toBe(false);
    expect(logs.includes(c.receipt)).toBe(false);
    expect(logs.includes('marker-password-123')).toBe(false);
  });
});
