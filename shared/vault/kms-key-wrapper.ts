/** KMS key wrapping with the encryption context bound (decrypt fails if the context differs). */
import { DecryptCommand, EncryptCommand, type KMSClient } from '@aws-sdk/client-kms';
import type { KeyWrapper } from './vault.js';

export function kmsKeyWrapper(kms: KMSClient, keyId: string): KeyWrapper {
  return {
    wrap: async (dataKey, context) => {
      const out = await kms.send(
        new EncryptCommand({ KeyId: keyId, Plaintext: dataKey, EncryptionContext: context }),
      );
      return Buffer.from(out.CiphertextBlob!).toString('base64');
    },
    unwrap: async (wrapped, context) => {
      const out = await kms.send(
        new DecryptCommand({
          KeyId: keyId,
          CiphertextBlob: Buffer.from(wrapped, 'base64'),
          EncryptionContext: context,
        }),
      );
      return Buffer.from(out.Plaintext!);
    },
  };
}
