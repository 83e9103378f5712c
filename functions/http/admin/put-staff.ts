import { logAdminChange } from '../../../shared/admin/admin-log.js';
import { directory } from '../../../shared/admin/deps.js';
import { putStaffRequest } from '../../../shared/api/contracts.js';
import { assertAdmin, assertNoSelfGrant } from '../../../shared/auth/access.js';
import { invalid } from '../../../shared/domain/errors.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';
import { listCommittees } from '../../../shared/store/committees.js';
import { indexStaff } from '../../../shared/store/staff-index.js';

export const handler = staffHandler({ body: putStaffRequest }, async (req) => {
  assertAdmin(req.actor);
  const username = req.params.username ?? '';
  const { initialPassword, ...rest } = req.body;
  const known = new Set((await listCommittees(store(), { fresh: true })).map((c) => c.committeeId));
  const unknown = rest.committees.filter((c) => !known.has(c));
  if (unknown.length)
    throw invalid('unknown committee', [{ path: ['committees'], message: 'unknown_committee' }]);
  if (username === req.actor.id) {
    if (!rest.groups.includes('admin'))
      throw invalid('an admin cannot remove their own admin role', [
        { path: ['groups'], message: 'keep_own_admin' },
      ]);
    // Admin is not a master key: no role or committee an admin does not hold may be granted to itself.
    assertNoSelfGrant(req.actor, rest);
  }
  const before = (await directory().list()).find((m) => m.username === username);
  const outcome = await directory()
    .put({ username, ...rest }, initialPassword)
    .catch((err: Error) => {
      if (err.name === 'PasswordRequired')
        throw invalid('initial password required', [
          { path: ['initialPassword'], message: 'initial_password_required' },
        ]);
      throw err;
    });
  // Intake matches the persons a case names against this index (conflicts of interest).
  await indexStaff(store(), { username, ...rest }, before?.committees ?? []);
  await logAdminChange(
    store(),
    req.actor,
    `staff_${outcome}`,
    username,
    { groups: rest.groups, committees: rest.committees },
    clock(),
  );
  return { status: outcome === 'created' ? 201 : 200, body: { username, ...rest } };
});
