import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { localKeyWrapper } from '../../shared/vault/local-key-wrapper.js';
import { derivedReceipt, newReceipt, normaliseReceipt, receiptHmac } from '../../shared/vault/receipt.js';
import { openIdentity, sealIdentity } from '../../shared/vault/vault.js';

const wrapper = localKeyWrapper(randomBytes(32));
const identity = { complainant: { fullName: 'Nguyễn Văn An', address: '12 Hàng Bông' }, otherParties: [] };

describe('identity vault', () => {
  it('round-trips an identity and stores no plaintext', async () => {
    const sealed = await sealIdentity(wrapper, 'case-1', identity);
    expect(JSON.stringify(sealed)).not.toContain('Nguyễn');
    expect(await openIdentity(wrapper, 'case-1', sealed)).toEqual(identity);
  });

  it('refuses to open under another case id (encryption context) or after tampering', async () => {
    const sealed = await sealIdentity(wrapper, 'case-1', identity);
    await expect(openIdentity(wrapper, 'case-2', sealed)).rejects.toThrow();
    const swapped = {
      ...sealed,
      fields: { complainant: sealed.fields.otherParties!, otherParties: sealed.fields.complainant! },
    };
    await expect(openIdentity(wrapper, 'case-1', swapped)).rejects.toThrow();
  });
});

describe('receipts', () => {
  it('are 25 base32 characters (125 bits) in groups of five, unique', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const r = newReceipt();
      expect(r).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/);
      seen.add(r);
    }
    expect(seen.size).toBe(1000);
  });

  it('normalise look-alikes and case, and refuse malformed input', () => {
    const r = newReceipt();
    expect(normaliseReceipt(r.toLowerCase().replace(/-/g, ' '))).toBe(r.replace(/-/g, ''));
    expect(normaliseReceipt('O0IL1-00000-00000-00000-00000')).toBe('0011100000000000000000000');
    expect(normaliseReceipt('too-short')).toBeNull();
    expect(normaliseReceipt('UUUUU-00000-00000-00000-00000')).toBeNull();
  });

  it('are looked up by a keyed hash and derived deterministically for an idempotent retry', () => {
    const key = randomBytes(32);
    const r = newReceipt();
    expect(receiptHmac(key, r)).toBe(receiptHmac(key, r.toLowerCase()));
    expect(receiptHmac(key, r)).not.toBe(receiptHmac(randomBytes(32), r));
    expect(derivedReceipt(key, 'k', 'h')).toBe(derivedReceipt(key, 'k', 'h'));
    expect(derivedReceipt(key, 'k', 'h')).not.toBe(derivedReceipt(key, 'k', 'h2'));
  });
});
