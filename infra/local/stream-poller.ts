/**
 * The local stand-in for the DynamoDB Streams → Lambda event source mapping: polls DynamoDB Local's
 * stream of the table and hands batches to the same handler the CDK stack subscribes. A batch the
 * handler reports as failed is read again from the last checkpoint (as Lambda retries); positions
 * are kept in a file so a restart resumes where it stopped.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  ListStreamsCommand,
  type _Record as StreamRecord,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';

export type StreamHandler = (e: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse | undefined>;

export interface StreamPoller {
  /** Polls until the stream has nothing new (tests and the bench call it before reading figures). */
  drain(): Promise<number>;
  /** Hands the last `n` records of the stream to the handler again (replay tests). */
  replayLast(n: number): Promise<void>;
  stop(): Promise<void>;
}

interface Shard {
  iterator?: string;
  done: boolean;
}

export function startStreamPoller(opts: {
  endpoint: string;
  tableName: string;
  handler: StreamHandler;
  checkpointFile: string;
  intervalMs?: number;
}): StreamPoller {
  const client = new DynamoDBStreamsClient({ endpoint: opts.endpoint });
  const checkpoints: Record<string, string> = existsSync(opts.checkpointFile)
    ? JSON.parse(readFileSync(opts.checkpointFile, 'utf8'))
    : {};
  const shards = new Map<string, Shard>();
  const recent: StreamRecord[] = [];
  let streamArn: string | undefined;
  let chain: Promise<unknown> = Promise.resolve();
  let stopped = false;

  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn, fn);
    chain = next.catch(() => undefined);
    return next;
  };

  async function discover(): Promise<void> {
    if (!streamArn) {
      const listed = await client.send(new ListStreamsCommand({ TableName: opts.tableName }));
      streamArn = listed.Streams?.[0]?.StreamArn;
      if (!streamArn) return;
    }
    let start: string | undefined;
    do {
      const d = await client.send(
        new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }),
      );
      for (const s of d.StreamDescription?.Shards ?? []) {
        if (s.ShardId && !shards.has(s.ShardId)) shards.set(s.ShardId, { done: false });
      }
      start = d.StreamDescription?.LastEvaluatedShardId;
    } while (start);
  }

  async function pollOnce(): Promise<number> {
    await discover();
    let seen = 0;
    for (const [shardId, shard] of shards) {
      if (shard.done) continue;
      if (!shard.iterator) {
        const after = checkpoints[shardId];
        const it = await client.send(
          new GetShardIteratorCommand({
            StreamArn: streamArn,
            ShardId: shardId,
            ShardIteratorType: after ? 'AFTER_SEQUENCE_NUMBER' : 'TRIM_HORIZON',
            SequenceNumber: after,
          }),
        );
        shard.iterator = it.ShardIterator;
      }
      if (!shard.iterator) {
        shard.done = true;
        continue;
      }
      const got = await client.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 1000 }));
      const records = got.Records ?? [];
      if (records.length) {
        const failed = await deliver(records);
        if (failed) {
          // As Lambda does: read this batch again from the last checkpoint on the next poll.
          shard.iterator = undefined;
          continue;
        }
        checkpoints[shardId] = records.at(-1)!.dynamodb!.SequenceNumber!;
        writeFileSync(opts.checkpointFile, JSON.stringify(checkpoints));
        recent.push(...records);
        recent.splice(0, Math.max(0, recent.length - 5_000));
        seen += records.length;
      }
      shard.iterator = got.NextShardIterator;
      if (!got.NextShardIterator) shard.done = true;
    }
    return seen;
  }

  async function deliver(records: StreamRecord[]): Promise<boolean> {
    const event = { Records: records.map(asLambdaRecord) } as unknown as DynamoDBStreamEvent;
    const r = await opts.handler(event);
    return Boolean(r?.batchItemFailures?.length);
  }

  const timer = setInterval(() => {
    if (!stopped) void serial(pollOnce).catch(() => undefined);
  }, opts.intervalMs ?? 500);
  timer.unref();

  return {
    drain: () =>
      serial(async () => {
        let total = 0;
        for (let quiet = 0; quiet < 2; ) {
          const n = await pollOnce();
          total += n;
          quiet = n === 0 ? quiet + 1 : 0;
        }
        return total;
      }),
    replayLast: (n) => serial(async () => void (await deliver(recent.slice(-n)))),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await chain;
      client.destroy();
    },
  };
}

/**
 * The SDK's union decoding turns an empty map attribute (`{"M":{}}`) into `{}`, which Lambda never
 * delivers; put it back so the handler sees what it sees in AWS.
 */
function asLambdaRecord(r: StreamRecord): StreamRecord {
  const fix = (v: unknown): unknown => {
    if (!v || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    if (Object.keys(o).length === 0) return { M: {} };
    if (o.M && typeof o.M === 'object') return { M: fixMap(o.M as Record<string, unknown>) };
    if (Array.isArray(o.L)) return { L: o.L.map(fix) };
    return o;
  };
  const fixMap = (m: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(m).map(([k, v]) => [k, fix(v)]));
  const d = r.dynamodb;
  if (!d) return r;
  return {
    ...r,
    dynamodb: {
      ...d,
      NewImage: d.NewImage && (fixMap(d.NewImage) as typeof d.NewImage),
      OldImage: d.OldImage && (fixMap(d.OldImage) as typeof d.OldImage),
    },
  };
}
