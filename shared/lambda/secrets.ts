/**
 * Server secrets (the receipt HMAC key): Secrets Manager in AWS, a generated file locally. Read
 * once per cold start.
 */
import { readFileSync } from 'node:fs';
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import * as z from 'zod/mini';
import { kms } from '../aws/clients/kms.js';
import { secretsManager } from '../aws/clients/secrets-manager.js';
import { kmsKeyWrapper } from '../vault/kms-key-wrapper.js';
import { loadOrCreateKeyFile, localKeyWrapper } from '../vault/local-key-wrapper.js';
import type { KeyWrapper } from '../vault/vault.js';
import { ENV, optionalEnv, requireEnv } from './config.js';

const secretsSchema = z.object({ receiptKey: z.string().check(z.minLength(32)) });
export interface Secrets {
  receiptKey: Buffer;
}

let cached: Promise<Secrets> | undefined;

export function secrets(): Promise<Secrets> {
  cached ??= (async () => {
    const arn = optionalEnv(ENV.secretArn);
    const raw = arn
      ? (await secretsManager().send(new GetSecretValueCommand({ SecretId: arn }))).SecretString
      : readFileSync(requireEnv(ENV.localSecretsFile), 'utf8');
    const parsed = secretsSchema.parse(JSON.parse(raw ?? '{}'));
    return { receiptKey: Buffer.from(parsed.receiptKey, 'base64') };
  })();
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

let wrapper: KeyWrapper | undefined;

export function keyWrapper(): KeyWrapper {
  if (!wrapper) {
    const keyId = optionalEnv(ENV.kmsKeyId);
    wrapper = keyId
      ? kmsKeyWrapper(kms(), keyId)
      : localKeyWrapper(loadOrCreateKeyFile(requireEnv(ENV.localMasterKeyFile)));
  }
  return wrapper;
}
