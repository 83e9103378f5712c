/** The checkpoint log of this deployment: S3 + KMS in AWS, files in the data folder locally. */
import { S3Client } from '@aws-sdk/client-s3';
import { kms } from '../aws/clients/kms.js';
import { ENV, optionalEnv, requireEnv } from '../lambda/config.js';
import { type CheckpointLog, localCheckpointLog, s3CheckpointLog } from './checkpoint-log.js';

let cached: { key: string; log: CheckpointLog } | undefined;

export function checkpointLog(): CheckpointLog {
  const file = optionalEnv(ENV.localCheckpointFile);
  const key = file ?? requireEnv(ENV.anchorBucket);
  if (cached?.key === key) return cached.log;
  const log = file
    ? localCheckpointLog(file, requireEnv(ENV.localAnchorKeyFile))
    : s3CheckpointLog({
        s3: new S3Client({}),
        kms: kms(),
        bucket: requireEnv(ENV.anchorBucket),
        keyId: requireEnv(ENV.anchorKeyId),
      });
  cached = { key, log };
  return log;
}
