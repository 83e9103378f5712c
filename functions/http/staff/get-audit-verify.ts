import { verifyChain } from '../../../shared/audit/chain.js';
import { loadVisibleCase } from '../../../shared/cases/act-on-case.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';
import { listEvents } from '../../../shared/store/case-repository.js';

export const handler = staffHandler({}, async (req) => {
  const s = store();
  const c = await loadVisibleCase(s, req.actor, req.params.id ?? '', 'audit');
  const verdict = verifyChain(c.caseId, await listEvents(s, c.caseId), { seq: c.seq, headHash: c.headHash });
  return { status: 200, body: verdict };
});
