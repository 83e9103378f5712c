import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { publicCaseView } from '../../../shared/cases/views.js';
import { notFound } from '../../../shared/domain/errors.js';
import { store } from '../../../shared/lambda/deps.js';
import { publicHandler } from '../../../shared/lambda/http.js';
import { HttpError } from '../../../shared/lambda/problem.js';
import { secrets } from '../../../shared/lambda/secrets.js';
import { getCase } from '../../../shared/store/case-repository.js';
import { keys } from '../../../shared/store/keys.js';
import { normaliseReceipt, receiptHmac } from '../../../shared/vault/receipt.js';

export const handler = publicHandler({}, async (req) => {
  const receipt = req.params.receipt ?? '';
  if (!normaliseReceipt(receipt)) {
    throw new HttpError(422, 'invalid receipt', 'The receipt code is malformed', [
      { path: ['receipt'], message: 'invalid_receipt', code: 'invalid_receipt' },
    ]);
  }
  const s = store();
  const hmac = receiptHmac((await secrets()).receiptKey, receipt);
  const found = await s.db.send(new GetCommand({ TableName: s.tableName, Key: keys.receipt(hmac) }));
  const caseId = found.Item?.caseId;
  const c = typeof caseId === 'string' ? await getCase(s, caseId) : null;
  if (!c) throw notFound('no case for this receipt');
  return { status: 200, body: publicCaseView(c) };
});
