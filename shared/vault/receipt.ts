/**
 * Receipts: 125 bits shown once as 25 Crockford base32 characters in groups of five, stored only as
 * HMAC-SHA-256 under a server secret. With an Idempotency-Key the receipt is derived from the key and
 * the request hash, so a retry gets the same receipt back without the receipt ever being stored.
 */
import { createHmac, randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECEIPT_LENGTH = 25;

function base32(bytes: Buffer, length: number): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

export function group(receipt: string): string {
  return receipt.match(/.{1,5}/g)!.join('-');
}

export function newReceipt(): string {
  return group(base32(randomBytes(16), RECEIPT_LENGTH));
}

export function derivedReceipt(secret: Buffer, idempotencyKeyHash: string, requestHash: string): string {
  const mac = createHmac('sha256', secret).update(`receipt\0${idempotencyKeyHash}\0${requestHash}`).digest();
  return group(base32(mac, RECEIPT_LENGTH));
}

/** Canonical form for lookup: upper case, separators removed, look-alike letters mapped; null if malformed. */
export function normaliseReceipt(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (s.length !== RECEIPT_LENGTH || [...s].some((c) => !ALPHABET.includes(c))) return null;
  return s;
}

export function receiptHmac(secret: Buffer, receipt: string): string {
  const canonical = normaliseReceipt(receipt);
  if (!canonical) throw new Error('malformed receipt');
  return createHmac('sha256', secret).update(`lookup\0${canonical}`).digest('hex');
}

/** Short random parts for references and pseudonyms. */
export function randomCode(length: number): string {
  return base32(randomBytes(Math.ceil((length * 5) / 8)), length);
}
