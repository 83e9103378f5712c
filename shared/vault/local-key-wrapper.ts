/** Local stand-in for KMS: data keys wrapped with AES-256-GCM under a master key file in the data folder. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { canonicalJson } from '../audit/canonical.js';
import { aesGcmOpen, aesGcmSeal, type KeyWrapper } from './vault.js';

export function loadOrCreateKeyFile(path: string, bytes = 32): Buffer {
  if (existsSync(path)) return Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  mkdirSync(dirname(path), { recursive: true });
  const key = randomBytes(bytes);
  writeFileSync(path, key.toString('base64'), { mode: 0o600 });
  return key;
}

export function localKeyWrapper(masterKey: Buffer): KeyWrapper {
  return {
    wrap: async (dataKey, context) => aesGcmSeal(masterKey, dataKey, canonicalJson(context)),
    unwrap: async (wrapped, context) => aesGcmOpen(masterKey, wrapped, canonicalJson(context)),
  };
}
