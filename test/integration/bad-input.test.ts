/**
 * DESIGN.md §8: bad input gets a clear 4xx with the field and the reason, in the caller's language,
 * and nothing is stored. Every case here counts the table's items before and after.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalSignIn } from '../../infra/local/sign-in.js';
import { intakes } from '../support/fixtures.js';
import { type Api, startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let intake: string;
let caseId: string;
let version: number;

beforeAll(async () => {
  rt = await startTestRuntime();
  intake = await rt.login('intake');
  const filed = await rt.call('/public/cases', { body: intakes.complaint() });
  const q = await rt.call('/cases?stage=screening', { token: intake });
  ({ caseId, version } = q.body.items.find(
    (i: { reference: string }) => i.reference === filed.body.reference,
  ));
  await rt.sfn.idle();
});
afterAll(() => rt?.stop());

async function unchanged(fn: () => Promise<Api>, status: number): Promise<Api> {
  const before = await rt.itemCount();
  const r = await fn();
  expect(r.status).toBe(status);
  expect(r.body.status).toBe(status);
  expect(await rt.itemCount()).toBe(before);
  return r;
}

describe('public intake refuses bad input and stores nothing', () => {
  it('malformed JSON → 400', async () => {
    await unchanged(() => rt.call('/public/cases', { raw: '{"kind": "complaint",' }), 400);
  });

  it('not JSON → 415', async () => {
    await unchanged(
      () =>
        rt.call('/public/cases', {
          raw: 'kind=complaint',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        }),
      415,
    );
  });

  it('unknown kind → 422 naming the field', async () => {
    const r = await unchanged(
      () => rt.call('/public/cases', { body: { ...intakes.complaint(), kind: 'lawsuit' } }),
      422,
    );
    expect(r.body.errors).toEqual([expect.objectContaining({ path: 'kind' })]);
  });

  it('missing required field → 422, in Vietnamese by default and in English on request', async () => {
    const { content: _c, ...noContent } = intakes.complaint();
    const vi = await unchanged(() => rt.call('/public/cases', { body: noContent }), 422);
    expect(vi.body.errors).toEqual([
      expect.objectContaining({ path: 'content', code: 'invalid_type', message: 'Trường này là bắt buộc' }),
    ]);
    const en = await unchanged(
      () => rt.call('/public/cases', { body: noContent, headers: { 'accept-language': 'en-GB,en;q=0.9' } }),
      422,
    );
    expect(en.body.errors[0].message).toBe('This field is required');
    expect(en.body.title).toBe('Invalid input');
  });

  it('unknown field → 422', async () => {
    await unchanged(
      () => rt.call('/public/cases', { body: { ...intakes.petition(), priority: 'urgent' } }),
      422,
    );
  });

  it('a legal notice version that was never shown → 422', async () => {
    const r = await unchanged(
      () => rt.call('/public/cases', { body: { ...intakes.complaint(), legalNoticeVersion: '1999.9' } }),
      422,
    );
    expect(r.body.errors[0].path).toBe('legalNoticeVersion');
  });

  it('unknown committee → 422', async () => {
    const r = await unchanged(
      () => rt.call('/public/cases', { body: { ...intakes.petition(), committee: 'no-such-body' } }),
      422,
    );
    expect(r.body.errors[0]).toMatchObject({ path: 'committee', code: 'unknown_committee' });
  });

  it('oversized body → 413', async () => {
    const huge = { ...intakes.petition(), content: 'x'.repeat(70 * 1024) };
    await unchanged(() => rt.call('/public/cases', { body: huge }), 413);
    await unchanged(
      () => rt.call('/public/cases', { raw: JSON.stringify({ pad: 'y'.repeat(2 * 1024 * 1024) }) }),
      413,
    );
  });

  it('bad Idempotency-Key → 422', async () => {
    await unchanged(
      () => rt.call('/public/cases', { body: intakes.petition(), headers: { 'idempotency-key': 'short' } }),
      422,
    );
  });

  it('unknown receipt → 404; malformed receipt → 422 (only the failed-lookup counters change)', async () => {
    const before = await rt.itemCount();
    expect((await rt.call('/public/cases/ABCDE-FGHJK-MNPQR-STVWX-YZ012')).status).toBe(404);
    expect((await rt.call('/public/cases/not-a-receipt')).status).toBe(422);
    expect(await rt.itemCount()).toBeLessThanOrEqual(before + 2); // this client's and the global counter
  });

  it('bad deadline query → 422', async () => {
    await unchanged(() => rt.call('/public/deadlines?kind=complaint&receivedOn=yesterday'), 422);
    await unchanged(() => rt.call('/public/deadlines?kind=complaint&colour=blue'), 422);
  });

  it('a date outside every profile → 422 naming the first and last dates served', async () => {
    for (const d of ['2018-12-31', '2041-01-01', '9999-12-31']) {
      const r = await unchanged(() => rt.call(`/public/deadlines?kind=complaint&receivedOn=${d}`), 422);
      expect(r.body.errors[0]).toMatchObject({ path: 'receivedOn', code: 'date_not_served' });
      expect(r.body.errors[0].message).toContain('2019-01-01');
      expect(r.body.errors[0].message).toContain('2040-12-31');
    }
    // The whole calendar is served: a provisional year answers, and says so.
    const late = await rt.call('/public/deadlines?kind=complaint&receivedOn=2039-12-20');
    expect(late.status).toBe(200);
    expect(late.body.deadlines[0]).toMatchObject({ name: 'acceptance', provisional: true });
    const party = await rt.call(
      '/public/deadlines?kind=complaint&profile=vn-party-inspection&receivedOn=2024-01-01',
    );
    expect(party.status).toBe(422);
    expect(party.body.detail).toContain('2025-05-30');
  });

  it('a body that is not UTF-8 → 400; headers over the limit → 431; both problem+json', async () => {
    const bytes = Buffer.from([0x7b, 0x22, 0x6b, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]);
    const res = await fetch(`${rt.apiUrl}/public/attachments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bytes,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const big = await fetch(`${rt.apiUrl}/public/committees`, { headers: { 'x-pad': 'a'.repeat(20_000) } });
    expect(big.status).toBe(431);
    expect(big.headers.get('content-type')).toContain('application/problem+json');
  });
});

describe('staff endpoints refuse missing, forged and wrong tokens with 401', () => {
  const action = () => ({ action: 'accept', expectedVersion: version });
  const tryWith = (token: string | undefined) =>
    unchanged(() => rt.call(`/cases/${caseId}/actions`, { token, body: action() }), 401);
  const user = { username: 'intake', groups: ['intake' as const], committees: ['ubkt-1'] };

  it('no token', async () => {
    const r = await tryWith(undefined);
    expect(r.body.status).toBe(401);
  });

  it('a token signed by another key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-forger-'));
    const forger = await LocalSignIn.open(join(dir, 'key.json'), join(dir, 'users.json'), rt.signIn.issuer);
    await tryWith(await forger.sign(user));
  });

  it('alg none', async () => {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      sub: 'local-intake',
      username: 'intake',
      token_use: 'access',
      client_id: 'cm-local-web',
      iss: rt.signIn.issuer,
      iat: now,
      exp: now + 600,
      'cognito:groups': ['chair'],
      'cm:committees': ['ubkt-1'],
    };
    await tryWith(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`);
  });

  it('an expired token', async () => {
    await tryWith(await rt.signIn.sign(user, {}, -60));
  });

  it('a token without exp, one that lives ten years, and one issued in the future', async () => {
    await tryWith(await rt.signIn.sign(user, {}, null));
    await tryWith(await rt.signIn.sign(user, {}, 10 * 365 * 86_400));
    const later = Math.floor(Date.now() / 1000) + 3_600;
    await tryWith(await rt.signIn.sign(user, { iat: later }, 3_900));
  });

  it('an ID token where an access token is due', async () => {
    await tryWith(await rt.signIn.sign(user, { token_use: 'id' }));
  });

  it('another client or another issuer', async () => {
    await tryWith(await rt.signIn.sign(user, { client_id: 'someone-else' }));
    const dir = rt.dataDir;
    const otherIssuer = await LocalSignIn.open(
      join(dir, 'jwt-signing-key.json'),
      join(dir, 'users.json'),
      'http://evil.example/auth',
    );
    await tryWith(await otherIssuer.sign(user));
  });

  it('a token with no staff role', async () => {
    await tryWith(await rt.signIn.sign({ ...user, groups: [] }));
  });

  it('wrong password at sign-in', async () => {
    const r = await rt.call('/local/auth/token', { body: { username: 'intake', password: 'wrong' } });
    expect(r.status).toBe(401);
  });
});

describe('staff actions refused by role, committee, stage or payload change nothing', () => {
  it('403 for a role that does not screen, and for another committee', async () => {
    for (const who of ['investigator', 'leadership', 'auditor', 'chair-b']) {
      const token = await rt.login(who);
      await unchanged(
        () =>
          rt.call(`/cases/${caseId}/actions`, {
            token,
            body: { action: 'accept', expectedVersion: version },
          }),
        403,
      );
    }
  });

  it('403 reading a case or queue of another committee', async () => {
    const token = await rt.login('chair-b');
    await unchanged(() => rt.call(`/cases/${caseId}`, { token }), 403);
    await unchanged(() => rt.call('/cases?stage=screening&committee=ubkt-1', { token }), 403);
  });

  it('404 for an unknown case; 422 for an unknown action or a missing version', async () => {
    await unchanged(
      () =>
        rt.call(`/cases/${randomUUID()}/actions`, {
          token: intake,
          body: { action: 'accept', expectedVersion: 1 },
        }),
      404,
    );
    await unchanged(
      () =>
        rt.call(`/cases/${caseId}/actions`, {
          token: intake,
          body: { action: 'destroy', expectedVersion: version },
        }),
      422,
    );
    await unchanged(
      () => rt.call(`/cases/${caseId}/actions`, { token: intake, body: { action: 'accept' } }),
      422,
    );
  });

  it('409 for an action not allowed in this stage', async () => {
    await unchanged(
      () =>
        rt.call(`/cases/${caseId}/actions`, {
          token: intake,
          body: { action: 'close', expectedVersion: version },
        }),
      403,
    );
    const chair = await rt.login('chair');
    await unchanged(
      () =>
        rt.call(`/cases/${caseId}/actions`, {
          token: chair,
          body: { action: 'close', expectedVersion: version },
        }),
      409,
    );
  });

  it('422 for a bad queue query or cursor', async () => {
    await unchanged(() => rt.call('/cases?stage=nowhere', { token: intake }), 422);
    await unchanged(() => rt.call('/cases?stage=screening&cursor=garbage', { token: intake }), 422);
  });
});
