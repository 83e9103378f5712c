/**
 * Hostile input on every public route (DESIGN.md §7, §8): seeded fast-check runs of at least 2 000
 * generated bad requests per route (paths, queries, headers, bodies, raw bytes), and races on one
 * attachment and on one case's messages (first: the fuzzing spends the client's lookup allowance). Never a 5xx; every error is problem+json; nothing stored.
 */
import { createHash } from 'node:crypto';
import { DeleteItemCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problem } from '../../shared/api/contracts.js';
import { routes } from '../../shared/api/routes.js';
import { intakes } from '../support/fixtures.js';
import { startTestRuntime, type TestRuntime } from '../support/runtime.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const SEED = 20_261_201;

let rt: TestRuntime;
let receipt: string;

beforeAll(async () => {
  rt = await startTestRuntime();
  receipt = (await rt.call('/public/cases', { body: intakes.petition() })).body.receipt;
  await rt.sfn.idle();
});
afterAll(() => rt?.stop());

/** Items other than the abuse counters (a failed lookup is counted by design). */
async function storedItems(): Promise<string[]> {
  await rt.sfn.idle();
  await rt.metrics.drain();
  const ddb = new DynamoDBClient({ endpoint: rt.dynamoEndpoint });
  const out: string[] = [];
  let start: Record<string, never> | undefined;
  do {
    const page = await ddb.send(
      new ScanCommand({ TableName: rt.tableName, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    for (const i of page.Items ?? []) if (!i.PK?.S?.startsWith('RATE#')) out.push(`${i.PK?.S}|${i.SK?.S}`);
    start = page.LastEvaluatedKey as typeof start;
  } while (start);
  return out.sort();
}

/** Clears the abuse counters (test only): otherwise the first route spends the whole allowance. */
async function forgetLookupFailures(): Promise<void> {
  const ddb = new DynamoDBClient({ endpoint: rt.dynamoEndpoint });
  const page = await ddb.send(new ScanCommand({ TableName: rt.tableName, ConsistentRead: true }));
  for (const i of page.Items ?? [])
    if (i.PK?.S?.startsWith('RATE#'))
      await ddb.send(new DeleteItemCommand({ TableName: rt.tableName, Key: { PK: i.PK, SK: i.SK! } }));
}

interface Attempt {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Uint8Array | string;
}

/** A path segment no route accepts as it is: unicode, separators, encodings, very long. */
const badSegment = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('%E0%A4%A', '%', '%%', '%C0%AF', '..', '%2e%2e', '%00', '%FF%FE', 'A'.repeat(300), ' '),
  fc
    .uint8Array({ maxLength: 30 })
    .map((b) => [...b].map((x) => `%${x.toString(16).padStart(2, '0')}`).join('')),
);
const enc = (s: string) => (/%|^\.\.?$/.test(s) ? s : encodeURIComponent(s)) || 'x';
const queryString = fc
  .array(fc.tuple(fc.string({ maxLength: 20 }), fc.oneof(fc.string({ maxLength: 40 }), badSegment)), {
    maxLength: 6,
  })
  .map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${enc(v)}`).join('&'));
const date = fc.oneof(
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2018-12-31', '9999-12-31', '2026-02-30', '2026-13-01', '0000-00-00', '2026-1-1'),
);
const deadlinesQuery = fc
  .record(
    {
      kind: fc.oneof(fc.constantFrom('complaint', 'denunciation', 'petition', 'dispute'), fc.string()),
      receivedOn: date,
      acceptedOn: date,
      assignedOn: date,
      profile: fc.oneof(fc.constantFrom('vn-state-law', 'vn-party-inspection'), fc.string()),
      instance: fc.constantFrom('1', '2', '3', ''),
      remote: fc.constantFrom('true', 'false', 'yes'),
      complexity: fc.constantFrom('normal', 'complex', 'especially_complex', 'simple'),
    },
    { requiredKeys: [] },
  )
  .map((q) =>
    Object.entries(q)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&'),
  );
/** Bodies: JSON of any shape, JSON near the real one, raw bytes (invalid UTF-8 among them), huge. */
const badBody = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom('', '{', '{"a":', 'null', '[]', '"x"', '{"__proto__":{"x":1}}', '{"constructor":{}}'),
  fc.uint8Array({ maxLength: 200 }),
  fc.constantFrom(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), Buffer.alloc(70_000, 0x61)),
  fc
    .record(
      { fileName: fc.string(), contentType: fc.string(), size: fc.integer(), sha256: fc.string() },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  fc
    .record(
      { body: fc.oneof(fc.string({ maxLength: 0 }), fc.integer()), attachments: fc.anything() },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  fc
    .record({ reason: fc.oneof(fc.integer(), fc.string({ minLength: 2_001, maxLength: 2_100 })) })
    .map((v) => JSON.stringify(v)),
);
const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
);
const idempotencyKey = fc.oneof(fc.string({ maxLength: 300 }), fc.constant('short'), fc.uuid());

function attempts(route: (typeof routes)[number]): fc.Arbitrary<Attempt> {
  const params = (route.path.match(/\{\w+\}/g) ?? []).length;
  // Paths: the route's own, with bad or (sometimes) a real receipt in place of its parameters.
  const path = fc
    .tuple(
      fc.array(
        fc.oneof({ weight: 4, arbitrary: badSegment }, { weight: 1, arbitrary: fc.constant(receipt) }),
        {
          minLength: params,
          maxLength: params,
        },
      ),
      fc.oneof(queryString, route.id === 'GetDeadlines' ? deadlinesQuery : queryString),
    )
    .map(([segments, q]) => {
      let i = 0;
      const p = route.path.replace(/\{\w+\}/g, () => enc(segments[i++] ?? ''));
      return q ? `${p}?${q}` : p;
    });
  const headers = fc.record(
    {
      'content-type': contentType,
      'idempotency-key': idempotencyKey,
      'accept-language': fc.constantFrom('vi', 'en', 'xx', ''),
    },
    { requiredKeys: [] },
  );
  const body = route.method === 'GET' ? fc.constant(undefined) : badBody;
  return fc.record({ method: fc.constant(route.method as string), path, headers, body }).map((a) => ({
    ...a,
    headers: Object.fromEntries(Object.entries(a.headers).filter(([, v]) => /^[\x20-\x7e]*$/.test(v))),
  }));
}

async function send(a: Attempt) {
  const res = await fetch(`${rt.apiUrl}${a.path}`, { method: a.method, headers: a.headers, body: a.body });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text };
}

const publicRoutes = routes.filter((r) => r.audience === 'public');

describe('the gateway serves what the contract documents', () => {
  it('answers every operation of openapi.json (never its own 404), and nothing else', async () => {
    const doc = (await rt.call('/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => ({ method: m.toUpperCase(), path })),
    );
    expect(documented).toHaveLength(routes.length);
    for (const op of documented) {
      const res = await fetch(`${rt.apiUrl}${op.path.replace(/\{\w+\}/g, 'x')}`, { method: op.method });
      const body = (await res.json()) as { title: string };
      // The gateway's own refusals say 'not found' / 'method not allowed'; a handler answers in Vietnamese.
      expect(
        [404, 405].includes(res.status) && /^(not found|method not allowed)$/.test(body.title),
        `${op.method} ${op.path}`,
      ).toBe(false);
    }
    for (const [method, path] of [
      ['GET', '/cases/x/secret'],
      ['DELETE', '/public/cases'],
      ['GET', '/admin'],
    ] as const) {
      const res = await fetch(`${rt.apiUrl}${path}`, { method });
      expect([404, 405], `${method} ${path}`).toContain(res.status);
    }
  });
});

describe('races', () => {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from('Biên bản'), Buffer.from('\n%%EOF')]);
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  it('twenty filings citing one attachment: one is filed with it, the others get 409, none a 5xx', async () => {
    const a = await rt.call('/public/attachments', {
      body: { fileName: 'bien-ban.pdf', contentType: 'application/pdf', size: pdf.length, sha256: sha(pdf) },
    });
    expect(a.status).toBe(201);
    const put = await fetch(new URL(a.body.uploadUrl, rt.url), {
      method: 'PUT',
      body: pdf,
      headers: a.body.uploadHeaders,
    });
    expect(put.status).toBe(200);
    const filings = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        rt.call('/public/cases', {
          body: {
            ...intakes.complaint(),
            content: `${intakes.complaint().content} (${i})`,
            attachments: [a.body.attachmentId],
          },
        }),
      ),
    );
    const statuses = filings.map((f) => f.status).sort();
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s !== 201).every((s) => s === 409 || s === 422)).toBe(true);
  });

  it('twenty messages at once on one case: all land, in the case and its trail, none a 5xx', async () => {
    const sent = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        rt.call(`/public/cases/${receipt}/messages`, { body: { body: `Bổ sung số ${i}` } }),
      ),
    );
    expect(sent.map((s) => s.status)).toEqual(Array(20).fill(201));
    const tracked = await rt.call(`/public/cases/${receipt}`);
    const texts = (tracked.body.messages as { text: { vi: string } }[]).map((m) => m.text.vi);
    for (let i = 0; i < 20; i++) expect(texts).toContain(`Bổ sung số ${i}`);
  });

  it('a retried message with the same Idempotency-Key is posted once; the same key with another message is a 422', async () => {
    const headers = { 'idempotency-key': 'retry-message-0001' };
    const first = await rt.call(`/public/cases/${receipt}/messages`, { body: { body: 'Một lần' }, headers });
    const again = await rt.call(`/public/cases/${receipt}/messages`, { body: { body: 'Một lần' }, headers });
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 201, body: first.body });
    const other = await rt.call(`/public/cases/${receipt}/messages`, { body: { body: 'Khác' }, headers });
    expect(other.status).toBe(422);
    const tracked = await rt.call(`/public/cases/${receipt}`);
    expect(
      tracked.body.messages.filter((m: { text: { vi: string } }) => m.text.vi === 'Một lần'),
    ).toHaveLength(1);
  });

  it('a filing without an Idempotency-Key is a 400 and stores nothing', async () => {
    const before = await storedItems();
    const res = await fetch(`${rt.apiUrl}/public/cases`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(intakes.complaint()),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await storedItems()).toEqual(before);
  });
});

describe('hostile input on every public route', () => {
  it(`answers ${RUNS} generated bad requests per route without a 5xx, errors as problem+json, storing nothing`, async () => {
    const before = await storedItems();
    const tally: Record<string, Record<number, number>> = {};
    for (const route of publicRoutes) {
      // Each route starts with a fresh lookup allowance, so its deeper paths are reached too.
      await forgetLookupFailures();
      const counts: Record<number, number> = {};
      await fc.assert(
        fc.asyncProperty(attempts(route), async (a) => {
          const r = await send(a);
          counts[r.status] = (counts[r.status] ?? 0) + 1;
          expect(r.status, `${a.method} ${a.path} → ${r.text.slice(0, 200)}`).toBeLessThan(500);
          if (r.status >= 400) {
            expect(r.type, `${a.method} ${a.path}`).toContain('application/problem+json');
            expect(problem.safeParse(JSON.parse(r.text)).success).toBe(true);
          }
          // A write never succeeds on bad input (reads may: a query parameter they ignore).
          if (route.method !== 'GET') expect(r.status, `${a.method} ${a.path}`).toBeGreaterThanOrEqual(400);
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      tally[route.id] = counts;
    }
    console.log(
      `fuzz (${RUNS} per route, seed ${SEED})\n${Object.entries(tally)
        .map(([id, c]) => `${id.padEnd(20)} ${JSON.stringify(c)}`)
        .join('\n')}`,
    );
    const after = await storedItems();
    expect(after.filter((k) => !before.includes(k))).toEqual([]);
    expect(after).toEqual(before);
  }, 600_000);
});
