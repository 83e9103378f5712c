/**
 * Receipt → case id. Malformed → 422, unknown → 404, and after too many failures from a client →
 * 429 with Retry-After, before the receipt is even considered; past the global allowance, failures
 * are refused (429) but a receipt that resolves is still answered. One BatchGetItem reads the
 * receipt and both buckets.
 */
import { invalid, notFound, rateLimited } from '../domain/errors.js';
import { secrets } from '../lambda/secrets.js';
import type { StoreContext } from '../store/case-repository.js';
import { keys } from '../store/keys.js';
import { countFailedLookup, lookupAllowed, readReceiptLimited } from '../store/rate-limits.js';
import { normaliseReceipt, receiptHmac } from '../vault/receipt.js';

export async function caseIdForReceipt(
  s: StoreContext,
  receipt: string,
  client: { ip: string; now: Date },
): Promise<string> {
  const valid = normaliseReceipt(receipt) !== null;
  const key = valid
    ? keys.receipt(receiptHmac((await secrets()).receiptKey, receipt))
    : keys.receipt('malformed');
  const read = await readReceiptLimited(s, key, client.ip);
  // A client past its allowance waits, even with the right receipt (its guesses must not go on).
  const allowed = lookupAllowed(read, client.now);
  if (!allowed.allowed) throw limited(allowed.retryAfter);
  if (read.caseId) return read.caseId;
  // A failure is counted in one conditional write: once the bucket is full it is refused instead.
  const counted = await countFailedLookup(s, client.ip, client.now, read);
  if (!counted.allowed) throw limited(counted.retryAfter);
  if (!valid)
    throw invalid('The receipt code is malformed', [
      { path: ['receipt'], message: 'invalid_receipt', code: 'invalid_receipt' },
    ]);
  throw notFound('no case for this receipt');
}

const limited = (retryAfter: number) =>
  rateLimited('Too many wrong receipt codes; try again later', retryAfter);
