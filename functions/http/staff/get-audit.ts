import { loadVisibleCase } from '../../../shared/cases/act-on-case.js';
import { store } from '../../../shared/lambda/deps.js';
import { staffHandler } from '../../../shared/lambda/http.js';
import { listEvents } from '../../../shared/store/case-repository.js';

export const handler = staffHandler({}, async (req) => {
  const s = store();
  const c = await loadVisibleCase(s, req.actor, req.params.id ?? '', 'audit');
  return { status: 200, body: { caseId: c.caseId, events: await listEvents(s, c.caseId) } };
});
