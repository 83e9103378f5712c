import { RevealIdentity } from '../../../shared/api/routes/cases.js';
import { revealIdentity } from '../../../shared/cases/reveal-identity.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { keyWrapper } from '../../../shared/lambda/secrets.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(RevealIdentity, async (req) => {
  const out = await revealIdentity(
    { store: store(), now: clock, keyWrapper: keyWrapper() },
    req.actor,
    req.params.id,
    req.body.reason,
  );
  return { status: 200, body: out };
});
