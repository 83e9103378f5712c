import * as z from 'zod/mini';

export const documentId = z
  .string()
  .check(z.regex(/^[0-9a-f]{64}$/), z.meta({ description: 'A rendered document: its SHA-256' }));

export const opaqueId = z.string().check(z.regex(/^[A-Za-z0-9._-]{1,100}$/));

/** A retry with the same key and body gets the first answer; the same key with another body gets 422. */
export const idempotencyKey = z
  .string()
  .check(
    z.regex(/^[\x21-\x7e]{8,200}$/, { message: 'invalid_format' }),
    z.meta({ description: '8–200 visible ASCII characters, new for each filing; reused on a retry' }),
  );
