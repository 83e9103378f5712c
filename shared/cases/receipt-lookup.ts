/** Receipt → case id: one GetItem on the receipt's keyed hash. Malformed → 422, unknown → 404. */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { notFound } from '../domain/errors.js';
import { HttpError } from '../lambda/problem.js';
import { secrets } from '../lambda/secrets.js';
import type { StoreContext } from '../store/case-repository.js';
import { keys } from '../store/keys.js';
import { normaliseReceipt, receiptHmac } from '../vault/receipt.js';

export async function caseIdForReceipt(s: StoreContext, receipt: string): Promise<string> {
  if (!normaliseReceipt(receipt)) {
    throw new HttpError(422, 'invalid receipt', 'The receipt code is malformed', [
      { path: ['receipt'], message: 'invalid_receipt', code: 'invalid_receipt' },
    ]);
  }
  const hmac = receiptHmac((await secrets()).receiptKey, receipt);
  const found = await s.db.send(new GetCommand({ TableName: s.tableName, Key: keys.receipt(hmac) }));
  if (typeof found.Item?.caseId !== 'string') throw notFound('no case for this receipt');
  return found.Item.caseId;
}
