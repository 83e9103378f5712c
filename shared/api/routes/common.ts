import * as z from 'zod/mini';

export const documentId = z
  .string()
  .check(z.regex(/^[0-9a-f]{64}$/), z.meta({ description: 'A rendered document: its SHA-256' }));

export const opaqueId = z.string().check(z.regex(/^[A-Za-z0-9._-]{1,100}$/));
