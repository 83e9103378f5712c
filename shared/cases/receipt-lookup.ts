/**
 * Receipt → case id. Malformed → 422, unknown → 404, and after too many failures from a client (or
 * everywhere) → 429 with Retry-After, before the receipt is even considered. One BatchGetItem reads
 * the receipt and the failure counters together.
 */
import { notFound } from '../domain/errors.js';
import { HttpError } from '../lambda/problem.js';
import { secrets } from '../lambda/secrets.js';
import type { StoreContext } from '../store/case-repository.js';
import { keys } from '../store/keys.js';
import { readReceiptLimited, recordFailedLookup } from '../store/rate-limits.js';
import { normaliseReceipt, receiptHmac } from '../vault/receipt.js';

export async function caseIdForReceipt(
  s: StoreContext,
  receipt: string,
  client: { ip: string; now: Date },
): Promise<string> {
  const key = normaliseReceipt(receipt)
    ? keys.receipt(receiptHmac((await secrets()).receiptKey, receipt))
    : keys.receipt('malformed');
  const read = await readReceiptLimited(s, key, client.ip, client.now);
  if (read.limited) {
    throw new HttpError(
      429,
      'too many failed lookups',
      'Too many wrong receipt codes; try again later',
      undefined,
      { 'retry-after': String(read.retryAfter) },
    );
  }
  if (!normaliseReceipt(receipt)) {
    await recordFailedLookup(s, client.ip, client.now);
    throw new HttpError(422, 'invalid receipt', 'The receipt code is malformed', [
      { path: ['receipt'], message: 'invalid_receipt', code: 'invalid_receipt' },
    ]);
  }
  if (!read.caseId) {
    await recordFailedLookup(s, client.ip, client.now);
    throw notFound('no case for this receipt');
  }
  return read.caseId;
}
