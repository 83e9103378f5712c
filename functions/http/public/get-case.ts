import { GetPublicCase } from '../../../shared/api/routes/public.js';
import { caseIdForReceipt } from '../../../shared/cases/receipt-lookup.js';
import { publicCaseView } from '../../../shared/cases/views.js';
import { loadDocumentTexts } from '../../../shared/domain/decision.js';
import { notFound } from '../../../shared/domain/errors.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { routeHandler } from '../../../shared/lambda/http.js';
import { getCase } from '../../../shared/store/case-repository.js';

export const handler = routeHandler(GetPublicCase, async (req) => {
  const s = store();
  const c = await getCase(
    s,
    await caseIdForReceipt(s, req.params.receipt, { ip: req.sourceIp, now: clock() }),
  );
  if (!c) throw notFound('no case for this receipt');
  // An issued decision is shown with its reasons and next steps: the document texts.
  if (c.decision) await loadDocumentTexts();
  return { status: 200, body: publicCaseView(c, clock()) };
});
