/**
 * The real local runtime for integration tests: same handlers, same ASL, DynamoDB Local (one JVM
 * per run, one table per test file).
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { type Runtime, startLocalRuntime } from '../../infra/local/runtime.js';
import { DEMO_PASSWORD, seedConfiguration } from '../../infra/local/seed.js';
import type { SubmitLimits } from '../../shared/store/rate-limits.js';

export interface Api {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers are checked by the tests with contracts
  body: any;
}

export interface TestRuntime extends Runtime {
  call(
    path: string,
    init?: {
      method?: string;
      body?: unknown;
      raw?: string;
      token?: string;
      headers?: Record<string, string>;
    },
  ): Promise<Api>;
  /** A binary answer (a PDF), as bytes. */
  bytes(path: string, token?: string): Promise<{ status: number; headers: Headers; bytes: Buffer }>;
  login(username: string): Promise<string>;
  /** Every item in the table (once the workflow and the projector are idle): proves bad input stored nothing. */
  itemCount(): Promise<number>;
}

/** A settable clock for deadline tests; `null` means the system clock. */
export const testClock = {
  at: null as Date | null,
  set(iso: string) {
    this.at = new Date(iso);
  },
  advanceDays(n: number) {
    this.at = new Date((this.at ?? new Date()).getTime() + n * 86_400_000);
  },
  now(): Date {
    return this.at ? new Date(this.at) : new Date();
  },
};

export async function startTestRuntime(
  opts: { dataDir?: string; tableName?: string; submitLimits?: SubmitLimits } = {},
): Promise<TestRuntime> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'cm-it-'));
  const rt = await startLocalRuntime({
    port: 0,
    dataDir,
    dynamoEndpoint: inject('dynamoEndpoint'),
    tableName: opts.tableName ?? `t-${randomUUID().slice(0, 8)}`,
    retryIntervalMs: 0,
    realTimeAlerts: false,
    clock: () => testClock.now(),
    submitLimits: opts.submitLimits ?? { perClient: 100_000, global: 1_000_000 },
  });
  await seedConfiguration(rt);
  const ddb = new DynamoDBClient({ endpoint: rt.dynamoEndpoint });
  const call: TestRuntime['call'] = async (path, init = {}) => {
    const method = init.method ?? (init.body !== undefined || init.raw !== undefined ? 'POST' : 'GET');
    const res = await fetch(`${rt.apiUrl}${path}`, {
      method,
      headers: {
        ...(init.body !== undefined || init.raw !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        // A filing carries a fresh Idempotency-Key, as the filing page sends (a test may name its own).
        ...(method === 'POST' && path === '/public/cases' ? { 'idempotency-key': randomUUID() } : {}),
        ...init.headers,
      },
      body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
    });
    const text = await res.text();
    // JSON answers parsed; anything else (a CSV) as text.
    const json = /json/.test(res.headers.get('content-type') ?? 'json');
    return {
      status: res.status,
      headers: res.headers,
      body: text && json ? JSON.parse(text) : text || undefined,
    };
  };
  return Object.assign(rt, {
    call,
    async bytes(path: string, token?: string) {
      const res = await fetch(`${rt.apiUrl}${path}`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
    },
    async login(username: string) {
      const r = await call('/local/auth/token', { body: { username, password: DEMO_PASSWORD } });
      if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
      return r.body.accessToken as string;
    },
    async itemCount() {
      // The metrics projector writes after the fact: let it catch up, so counts compare like with like.
      await rt.sfn.idle();
      await rt.metrics.drain();
      let n = 0;
      let start: Record<string, never> | undefined;
      do {
        const out = await ddb.send(
          new ScanCommand({
            TableName: rt.tableName,
            Select: 'COUNT',
            ExclusiveStartKey: start,
            ConsistentRead: true,
          }),
        );
        n += out.Count ?? 0;
        start = out.LastEvaluatedKey as typeof start;
      } while (start);
      return n;
    },
  });
}
