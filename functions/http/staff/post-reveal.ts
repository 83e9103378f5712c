import { RevealIdentity } from '../../../shared/api/routes.js';
import { revealIdentity } from '../../../shared/cases/reveal-identity.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';
import { keyWrapper } from '../../../shared/lambda/secrets.js';

export const handler = routeHandler(RevealIdentity, async (req) => {
  const out = await revealIdentity(
    { store: store(), now: clock, keyWrapper: keyWrapper() },
    req.actor,
    req.params.id,
    req.body.reason,
  );
  return { status: 200, body: out };
});
