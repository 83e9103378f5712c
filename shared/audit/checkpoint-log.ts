/**
 * Where checkpoints are signed and kept. In AWS: KMS `Sign` with an ECC_NIST_P256 key only the
 * anchoring function may use, and an S3 bucket with Object Lock in compliance mode (nobody, root
 * included, can overwrite or delete a checkpoint during retention). Locally: a P-256 key file and an
 * append-only JSON-lines file in the data folder.
 *
 * Readers (verify) need only the public key and read access; they never hold the means to sign.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
} from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { GetPublicKeyCommand, type KMSClient, SignCommand } from '@aws-sdk/client-kms';
import {
  GetObjectCommand,
  ListObjectsV2Command,
  type ListObjectsV2CommandOutput,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { type Checkpoint, checkpointMessage, publicKeyFromDer, type UnsignedCheckpoint } from './anchor.js';

export interface CheckpointLog {
  /** The key checkpoints are signed with (the anchoring role only). */
  keyId(): Promise<string>;
  /** Signs and appends; never overwrites (anchoring role only). */
  append(checkpoints: readonly UnsignedCheckpoint[]): Promise<void>;
  /** Every checkpoint of a log, as stored (unparsed: the judge parses). */
  list(log: string): Promise<unknown[]>;
  /** The public keys checkpoints may be signed with, by key id. */
  trustedKeys(): Promise<Map<string, KeyObject>>;
}

const digest = (b: Buffer) => createHash('sha256').update(b).digest();

// --- local -----------------------------------------------------------------------------------------

function loadOrCreateSigningKey(path: string): KeyObject {
  if (existsSync(path)) return createPrivateKey(readFileSync(path, 'utf8'));
  mkdirSync(dirname(path), { recursive: true });
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  return privateKey;
}

/**
 * The local checkpoint log: one JSON line per checkpoint, only ever appended (`O_APPEND`). Reads are
 * incremental: the file is indexed by log once and only its new bytes are read afterwards.
 */
export function localCheckpointLog(file: string, keyFile: string): CheckpointLog {
  let key: { priv: KeyObject; pub: KeyObject; id: string } | undefined;
  const signingKey = () => {
    if (!key) {
      const priv = loadOrCreateSigningKey(keyFile);
      const pub = createPublicKey(priv);
      const der = pub.export({ type: 'spki', format: 'der' });
      key = { priv, pub, id: `local:${digest(der).toString('hex').slice(0, 16)}` };
    }
    return key;
  };
  const index = new Map<string, unknown[]>();
  let offset = 0;
  let partial = '';

  function catchUp(): void {
    if (!existsSync(file)) return;
    const size = statSync(file).size;
    if (size < offset) {
      // The file was replaced (a new data folder): start again.
      index.clear();
      offset = 0;
      partial = '';
    }
    if (size === offset) return;
    const fd = openSync(file, 'r');
    try {
      const buf = Buffer.alloc(size - offset);
      readSync(fd, buf, 0, buf.length, offset);
      offset = size;
      const lines = (partial + buf.toString('utf8')).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          value = { log: null, malformed: line };
        }
        const log = (value as { log?: unknown }).log;
        if (typeof log !== 'string') continue;
        index.set(log, [...(index.get(log) ?? []), value]);
      }
    } finally {
      closeSync(fd);
    }
  }

  return {
    keyId: async () => signingKey().id,
    async append(checkpoints) {
      if (checkpoints.length === 0) return;
      const k = signingKey();
      const lines = checkpoints.map((c) => {
        const sig = sign('sha256', checkpointMessage(c), k.priv).toString('base64');
        return `${JSON.stringify({ ...c, sig } satisfies Checkpoint)}\n`;
      });
      mkdirSync(dirname(file), { recursive: true });
      appendFileSync(file, lines.join(''), { flag: 'a' });
    },
    async list(log) {
      catchUp();
      return [...(index.get(log) ?? [])];
    },
    trustedKeys: async () => new Map([[signingKey().id, signingKey().pub]]),
  };
}

// --- AWS -------------------------------------------------------------------------------------------

const PREFIX = 'checkpoints/';
const objectKey = (c: UnsignedCheckpoint, body: Buffer) => {
  const last = Math.max(...c.entries.map((e) => e.seq));
  const at = c.at.replace(/\D/g, '');
  return `${PREFIX}${c.log}/${String(last).padStart(10, '0')}-${at}-${digest(body).toString('hex').slice(0, 12)}.json`;
};

/**
 * Checkpoints in an Object Lock bucket, signed by KMS. The object's key names the log and its highest
 * sequence number, so a log is one listing; each object is written once (`If-None-Match: *`).
 */
export function s3CheckpointLog(opts: {
  s3: S3Client;
  kms: KMSClient;
  bucket: string;
  keyId: string;
}): CheckpointLog {
  let keys: Promise<Map<string, KeyObject>> | undefined;
  return {
    keyId: async () => opts.keyId,
    async append(checkpoints) {
      for (const c of checkpoints) {
        const signed = await opts.kms.send(
          new SignCommand({
            KeyId: opts.keyId,
            Message: digest(checkpointMessage(c)),
            MessageType: 'DIGEST',
            SigningAlgorithm: 'ECDSA_SHA_256',
          }),
        );
        const sig = Buffer.from(signed.Signature ?? new Uint8Array()).toString('base64');
        const body = Buffer.from(JSON.stringify({ ...c, sig } satisfies Checkpoint), 'utf8');
        await opts.s3.send(
          new PutObjectCommand({
            Bucket: opts.bucket,
            Key: objectKey(c, body),
            Body: body,
            ContentType: 'application/json',
            IfNoneMatch: '*',
            ChecksumAlgorithm: 'SHA256',
          }),
        );
      }
    },
    async list(log) {
      const keysOf: string[] = [];
      let token: string | undefined;
      do {
        const page: ListObjectsV2CommandOutput = await opts.s3.send(
          new ListObjectsV2Command({
            Bucket: opts.bucket,
            Prefix: `${PREFIX}${log}/`,
            ContinuationToken: token,
          }),
        );
        keysOf.push(...(page.Contents ?? []).map((o) => o.Key!).filter(Boolean));
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      const out: unknown[] = [];
      for (let i = 0; i < keysOf.length; i += 8) {
        const bodies = await Promise.all(
          keysOf.slice(i, i + 8).map(async (Key) => {
            const got = await opts.s3.send(new GetObjectCommand({ Bucket: opts.bucket, Key }));
            const text = (await got.Body?.transformToString('utf8')) ?? '';
            try {
              return JSON.parse(text) as unknown;
            } catch {
              return { malformed: Key };
            }
          }),
        );
        out.push(...bodies);
      }
      return out;
    },
    trustedKeys() {
      keys ??= opts.kms.send(new GetPublicKeyCommand({ KeyId: opts.keyId })).then((k) => {
        const key = publicKeyFromDer(k.PublicKey ?? new Uint8Array());
        // Checkpoints name the key as Sign returned it (its ARN) or as configured.
        return new Map([
          [opts.keyId, key],
          [k.KeyId ?? opts.keyId, key],
        ]);
      });
      keys.catch(() => {
        keys = undefined;
      });
      return keys;
    },
  };
}
