/** Issue 4: admins manage committees and staff; nobody else can; every change is logged. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

let rt: TestRuntime;
let admin: string;

beforeAll(async () => {
  rt = await startTestRuntime();
  admin = await rt.login('admin');
});
afterAll(() => rt?.stop());

const staffBody = {
  displayName: 'Cán bộ xác minh mới',
  groups: ['investigator'],
  committees: ['ubkt-2'],
  initialPassword: 'mat-khau-ban-dau-1',
};

describe('admin', () => {
  it('creates a staff member who can then sign in with those roles and committees, and updates them', async () => {
    const created = await rt.call('/admin/staff/nguyen.b', { method: 'PUT', token: admin, body: staffBody });
    expect(created.status).toBe(201);
    const login = await rt.call('/local/auth/token', {
      body: { username: 'nguyen.b', password: 'mat-khau-ban-dau-1' },
    });
    expect(login.status).toBe(200);
    const claims = JSON.parse(Buffer.from(login.body.accessToken.split('.')[1], 'base64url').toString());
    expect(claims).toMatchObject({ 'cognito:groups': ['investigator'], 'cm:committees': ['ubkt-2'] });

    // The create form's If-None-Match: * never overwrites an account that exists (issue 13 §7).
    const again = await rt.call('/admin/staff/nguyen.b', {
      method: 'PUT',
      token: admin,
      headers: { 'if-none-match': '*' },
      body: { ...staffBody, groups: ['intake'], committees: ['ubkt-1'] },
    });
    expect(again.status, JSON.stringify(again.body)).toBe(412);
    const fresh = await rt.call('/admin/staff/tran.d', {
      method: 'PUT',
      token: admin,
      headers: { 'if-none-match': '*' },
      body: staffBody,
    });
    expect(fresh.status).toBe(201);

    const updated = await rt.call('/admin/staff/nguyen.b', {
      method: 'PUT',
      token: admin,
      body: { ...staffBody, groups: ['investigator', 'intake'], initialPassword: undefined },
    });
    expect(updated.status).toBe(200);
    const list = (await rt.call('/admin/staff', { token: admin })).body.items;
    expect(list.find((s: { username: string }) => s.username === 'nguyen.b')).toEqual({
      username: 'nguyen.b',
      displayName: 'Cán bộ xác minh mới',
      groups: ['investigator', 'intake'],
      committees: ['ubkt-2'],
    });
    expect(JSON.stringify(list)).not.toContain('scrypt');

    const log = (await rt.call('/admin/log', { token: admin })).body.events;
    expect(
      log.map((i: { action: string; data: { target: string }; actor: unknown }) => [
        i.action,
        i.data.target,
        i.actor,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['staff_created', 'nguyen.b', { id: 'admin', role: 'admin' }],
        ['staff_updated', 'nguyen.b', { id: 'admin', role: 'admin' }],
      ]),
    );
  });

  it('a member moved out of a committee loses it at the next refresh (access tokens live five minutes)', async () => {
    await rt.call('/admin/staff/tran.c', {
      method: 'PUT',
      token: admin,
      body: { ...staffBody, committees: ['ubkt-1'] },
    });
    const login = await rt.call('/local/auth/token', {
      body: { username: 'tran.c', password: 'mat-khau-ban-dau-1' },
    });
    expect(login.body.expiresIn).toBe(300);
    const claims = (t: string) => JSON.parse(Buffer.from(t.split('.')[1]!, 'base64url').toString());
    expect(claims(login.body.accessToken)).toMatchObject({ 'cm:committees': ['ubkt-1'] });
    await rt.call('/admin/staff/tran.c', {
      method: 'PUT',
      token: admin,
      body: { ...staffBody, committees: ['ubkt-2'], initialPassword: undefined },
    });
    const renewed = await rt.call('/local/auth/refresh', { body: { refreshToken: login.body.refreshToken } });
    expect(renewed.status).toBe(200);
    expect(claims(renewed.body.accessToken)).toMatchObject({ 'cm:committees': ['ubkt-2'] });
    // An access token is not a refresh token, and a forged one is refused.
    expect(
      (await rt.call('/local/auth/refresh', { body: { refreshToken: login.body.accessToken } })).status,
    ).toBe(401);
  });

  it('adds a committee with its procedure profile', async () => {
    const r = await rt.call('/admin/committees/dang-uy-phuong', {
      method: 'PUT',
      token: admin,
      body: {
        name: { vi: 'UBKT Đảng ủy phường', en: 'Ward Party inspection committee' },
        profileId: 'vn-party-inspection',
        symbol: 'UBKTĐU',
        place: 'Ba Đình',
        parent: { vi: 'Đảng ủy phường Ba Đình', en: 'Ba Đình Ward Party Committee' },
        collective: true,
      },
    });
    expect(r.status).toBe(200);
    const list = (await rt.call('/admin/committees', { token: admin })).body.items;
    expect(list.find((c: { committeeId: string }) => c.committeeId === 'dang-uy-phuong')).toMatchObject({
      profileId: 'vn-party-inspection',
      symbol: 'UBKTĐU',
      place: 'Ba Đình',
      collective: true,
    });
  });

  it('refuses bad requests and every other role, changing nothing', async () => {
    const before = await rt.itemCount();
    for (const who of ['chair', 'intake', 'leadership', 'auditor']) {
      const token = await rt.login(who);
      expect((await rt.call('/admin/staff', { token })).status).toBe(403);
      expect((await rt.call('/admin/staff/x.y', { method: 'PUT', token, body: staffBody })).status).toBe(403);
      expect(
        (
          await rt.call('/admin/committees/abc', {
            method: 'PUT',
            token,
            body: { name: { vi: 'A', en: 'A' } },
          })
        ).status,
      ).toBe(403);
    }
    const bad = [
      rt.call('/admin/staff/new.one', {
        method: 'PUT',
        token: admin,
        body: { ...staffBody, initialPassword: undefined },
      }),
      rt.call('/admin/staff/new.two', {
        method: 'PUT',
        token: admin,
        body: { ...staffBody, committees: ['nowhere'] },
      }),
      rt.call('/admin/staff/new.three', {
        method: 'PUT',
        token: admin,
        body: { ...staffBody, groups: ['emperor'] },
      }),
      rt.call('/admin/staff/admin', {
        method: 'PUT',
        token: admin,
        body: { ...staffBody, groups: ['chair'] },
      }),
      rt.call('/admin/committees/x', {
        method: 'PUT',
        token: admin,
        body: { name: { vi: 'X', en: 'X' }, profileId: 'nope' },
      }),
    ];
    expect((await Promise.all(bad)).map((r) => r.status)).toEqual([422, 422, 422, 422, 422]);
    expect(await rt.itemCount()).toBe(before);
    expect(
      (await rt.call('/local/auth/token', { body: { username: 'new.one', password: 'x' } })).status,
    ).toBe(401);
  });

  it('refuses an admin granting itself a case role or a committee (403), and writes nothing', async () => {
    const before = (await rt.call('/admin/staff', { token: admin })).body.items;
    const self = before.find((u: { username: string }) => u.username === 'admin');
    for (const body of [
      { displayName: self.displayName, groups: ['admin', 'chair'], committees: self.committees },
      { displayName: self.displayName, groups: ['admin'], committees: [...self.committees, 'ubkt-2'] },
    ]) {
      const r = await rt.call('/admin/staff/admin', { method: 'PUT', token: admin, body });
      expect(r.status).toBe(403);
    }
    expect((await rt.call('/admin/staff', { token: admin })).body.items).toEqual(before);
    // Renaming itself is still fine.
    const renamed = await rt.call('/admin/staff/admin', {
      method: 'PUT',
      token: admin,
      body: { displayName: 'Quản trị viên', groups: ['admin'], committees: self.committees },
    });
    expect(renamed.status).toBe(200);
  });

  it('holds a chair grant for a second admin (two-person rule), and logs request and approval', async () => {
    const admin2 = await rt.login('admin-2');
    const put = await rt.call('/admin/staff/pham.chu.nhiem', {
      method: 'PUT',
      token: admin,
      body: {
        displayName: 'Phạm Chủ Nhiệm',
        groups: ['chair', 'intake'],
        committees: ['ubkt-1'],
        initialPassword: 'mat-khau-ban-dau-9',
      },
    });
    expect(put.status).toBe(202);
    expect(put.body).toMatchObject({
      groups: ['intake'],
      pendingGrant: { groups: ['chair', 'intake'], status: 'pending' },
    });
    const grantId = put.body.pendingGrant.grantId as string;
    const token = async () =>
      (
        await rt.call('/local/auth/token', {
          body: { username: 'pham.chu.nhiem', password: 'mat-khau-ban-dau-9' },
        })
      ).body.accessToken as string;
    const claims = (t: string) => JSON.parse(Buffer.from(t.split('.')[1]!, 'base64url').toString());
    expect(claims(await token())['cognito:groups']).toEqual(['intake']);

    const before = await rt.itemCount();
    const self = await rt.call(`/admin/grants/${grantId}/approve`, { method: 'POST', token: admin });
    expect(self.status).toBe(403);
    expect((await rt.call('/admin/grants/nope/approve', { method: 'POST', token: admin2 })).status).toBe(404);
    expect(
      (await rt.call(`/admin/grants/${grantId}/approve`, { method: 'POST', token: await rt.login('chair') }))
        .status,
    ).toBe(403);
    expect(await rt.itemCount()).toBe(before);
    expect(
      (await rt.call('/admin/grants', { token: admin2 })).body.items.map(
        (g: { grantId: string }) => g.grantId,
      ),
    ).toContain(grantId);

    const ok = await rt.call(`/admin/grants/${grantId}/approve`, { method: 'POST', token: admin2 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'approved', approvedBy: 'admin-2', requestedBy: 'admin' });
    expect(claims(await token())['cognito:groups'].sort()).toEqual(['chair', 'intake']);
    expect(
      (await rt.call(`/admin/grants/${grantId}/approve`, { method: 'POST', token: admin2 })).status,
    ).toBe(409);

    const log = (await rt.call('/admin/log', { token: admin })).body.events as {
      action: string;
      actor: { id: string };
    }[];
    expect(log.slice(-2).map((e) => [e.action, e.actor.id])).toEqual([
      ['grant_requested', 'admin'],
      ['grant_approved', 'admin-2'],
    ]);
  });

  it('resets a password only through its own audited action, which forces a new password', async () => {
    const again = await rt.call('/admin/staff/nguyen.b', {
      method: 'PUT',
      token: admin,
      body: { ...staffBody, initialPassword: 'chiem-quyen-123456' },
    });
    expect(again.status).toBe(422);
    expect(again.body.errors[0]).toMatchObject({ path: 'initialPassword', code: 'use_password_reset' });
    expect(
      (await rt.call('/local/auth/token', { body: { username: 'nguyen.b', password: 'chiem-quyen-123456' } }))
        .status,
    ).toBe(401);

    expect(
      (
        await rt.call('/admin/staff/nguyen.b/password-reset', {
          method: 'POST',
          token: await rt.login('chair'),
        })
      ).status,
    ).toBe(403);
    expect(
      (await rt.call('/admin/staff/nobody/password-reset', { method: 'POST', token: admin })).status,
    ).toBe(404);
    const reset = await rt.call('/admin/staff/nguyen.b/password-reset', { method: 'POST', token: admin });
    expect(reset.status).toBe(201);
    const temp = reset.body.temporaryPassword as string;
    expect(temp.length).toBeGreaterThanOrEqual(20);
    const first = await rt.call('/local/auth/token', { body: { username: 'nguyen.b', password: temp } });
    expect(first.status).toBe(403);
    expect(first.body.type).toMatch(/password_change_required$/);
    expect(
      (
        await rt.call('/local/auth/password', {
          body: { username: 'nguyen.b', password: temp, newPassword: 'short' },
        })
      ).status,
    ).toBe(422);
    const changed = await rt.call('/local/auth/password', {
      body: { username: 'nguyen.b', password: temp, newPassword: 'mat-khau-moi-cua-toi' },
    });
    expect(changed.status).toBe(200);
    expect(
      (
        await rt.call('/local/auth/token', {
          body: { username: 'nguyen.b', password: 'mat-khau-moi-cua-toi' },
        })
      ).status,
    ).toBe(200);
    const log = (await rt.call('/admin/log', { token: admin })).body.events as {
      action: string;
      data: { target: string };
    }[];
    expect(log.at(-1)).toMatchObject({ action: 'password_reset', data: { target: 'nguyen.b' } });
    expect(JSON.stringify(log)).not.toContain(temp);
  });
});
