/**
 * The identity vault: envelope encryption. Each case's identity gets a fresh AES-256-GCM data key;
 * every field is encrypted separately with the encryption context {caseId, field} as associated
 * data; the data key is wrapped by a KeyWrapper (KMS in AWS, a local master key file locally).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { canonicalJson } from '../audit/canonical.js';

export interface EncryptionContext {
  caseId: string;
  field: string;
}

/** Wraps and unwraps data keys; the context is bound to the wrapping as well. */
export interface KeyWrapper {
  wrap(dataKey: Buffer, context: Record<string, string>): Promise<string>;
  unwrap(wrapped: string, context: Record<string, string>): Promise<Buffer>;
}

export interface SealedIdentity {
  keyId: 'v1';
  wrappedKey: string;
  fields: Record<string, string>;
}

export function aesGcmSeal(key: Buffer, plaintext: Buffer, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function aesGcmOpen(key: Buffer, sealed: string, aad: string): Buffer {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}

export async function sealIdentity(
  wrapper: KeyWrapper,
  caseId: string,
  identity: Record<string, unknown>,
): Promise<SealedIdentity> {
  const dataKey = randomBytes(32);
  const fields: Record<string, string> = {};
  for (const [field, value] of Object.entries(identity)) {
    if (value === undefined) continue;
    const ctx: EncryptionContext = { caseId, field };
    fields[field] = aesGcmSeal(dataKey, Buffer.from(JSON.stringify(value), 'utf8'), canonicalJson(ctx));
  }
  const wrappedKey = await wrapper.wrap(dataKey, { caseId });
  dataKey.fill(0);
  return { keyId: 'v1', wrappedKey, fields };
}

export async function openIdentity(
  wrapper: KeyWrapper,
  caseId: string,
  sealed: SealedIdentity,
): Promise<Record<string, unknown>> {
  const dataKey = await wrapper.unwrap(sealed.wrappedKey, { caseId });
  try {
    const out: Record<string, unknown> = {};
    for (const [field, blob] of Object.entries(sealed.fields)) {
      out[field] = JSON.parse(aesGcmOpen(dataKey, blob, canonicalJson({ caseId, field })).toString('utf8'));
    }
    return out;
  } finally {
    dataKey.fill(0);
  }
}
