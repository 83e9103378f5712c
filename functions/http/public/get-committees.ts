import type { z } from 'zod/mini';
import type { publicCommitteesResponse } from '../../../shared/api/contracts/public.js';
import { GetPublicCommittees } from '../../../shared/api/routes/public.js';
import { DEFAULT_PROFILE_ID, profileIds } from '../../../shared/domain/profile.js';
import { store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';
import { listCommittees } from '../../../shared/store/committees.js';

/** The receiving bodies for the filing form: names and procedure only, cached for five minutes. */
export const handler = routeHandler(GetPublicCommittees, async () => {
  const items = (await listCommittees(store())).map((c) => ({
    committeeId: c.committeeId,
    name: c.name,
    level: c.level,
    profileId: profileIds.find((id) => id === c.profileId) ?? DEFAULT_PROFILE_ID,
  }));
  const body: z.infer<typeof publicCommitteesResponse> = { items };
  return { status: 200, body, headers: { 'cache-control': 'public, max-age=300' } };
});
