/**
 * `npm run bench`: the budgets of DESIGN.md §7 measured on this machine: DynamoDB requests per API
 * call (counted by an SDK middleware on every client), one lifecycle's requests and state
 * transitions, intake throughput and latency through the local gateway, and Lambda bundle sizes.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { streamFunctions } from '../../functions/tasks/registry.js';
import { dynamo } from '../../shared/aws/clients/dynamo.js';
import type { Intake } from '../../shared/domain/intake.js';
import { caseIdByReference } from '../../shared/store/case-repository.js';
import { benchAnchoringLag, benchTampering } from './bench-audit.js';
import { benchQueueRender, canRenderPages } from './bench-browser.js';
import { benchBundles, bundleCount } from './bench-bundles.js';
import { benchRenderCold, benchRendering } from './bench-documents.js';
import { benchDashboard } from './bench-metrics.js';
import { ensureTable, startDynamoLocal } from './dynamodb.js';
import { routeScope } from './gateway.js';
import { phase, planPhases } from './progress.js';
import { startLocalRuntime } from './runtime.js';
import { asSent, DEMO_PASSWORD, demoIntakes, seedConfiguration } from './seed.js';

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

/** Requests by `<caller>:<command>`; the caller is the API route, or the workflow. */
const counts = new Map<string, number>();
function count(client: Pick<DynamoDBClient, 'middlewareStack'>) {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const key = `${routeScope.getStore() ?? 'workflow'}:${context.commandName}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'benchCount' },
  );
}
const snapshot = () => new Map(counts);
function delta(before: Map<string, number>, caller?: string) {
  const out: Record<string, number> = {};
  for (const [k, v] of counts) {
    const [who, command] = k.split(':') as [string, string];
    const n = v - (before.get(k) ?? 0);
    if (n && (!caller || who === caller))
      out[caller ? command.replace('Command', '') : k.replace('Command', '')] = n;
  }
  return out;
}
const total = (d: Record<string, number>) => Object.values(d).reduce((a, b) => a + b, 0);

planPhases(10);
const startPhase = phase('starting DynamoDB Local and the runtime');
const ddb = await startDynamoLocal(null);
const rt = await startLocalRuntime({
  port: 0,
  dataDir: mkdtempSync(join(tmpdir(), 'cm-bench-')),
  dynamoEndpoint: ddb.endpoint,
  // The throughput run files 2 000 cases from one address: lift the per-client limit, keep the mechanism.
  submitLimits: { perClient: 1_000_000, global: 1_000_000 },
});
await seedConfiguration(rt);
count(dynamo());
count(rt.workflowDynamo);

// biome-ignore lint/suspicious/noExplicitAny: bench-only helper over JSON answers
async function call(path: string, init: { body?: unknown; token?: string; key?: string } = {}): Promise<any> {
  const res = await fetch(`${rt.apiUrl}${path}`, {
    method: init.body ? 'POST' : 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...(path === '/public/cases' ? { 'idempotency-key': init.key ?? randomUUID() } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`${path} → ${res.status} ${JSON.stringify(body)}`);
  return body;
}
const { _seededOn: _, ...complaint } = demoIntakes()[0]!;
const token = (await call('/local/auth/token', { body: { username: 'intake', password: DEMO_PASSWORD } }))
  .accessToken;
await call('/public/cases', { body: complaint }); // warm the committee cache and the JIT
await rt.sfn.idle();

startPhase.done();
const requestsPhase = phase('DynamoDB requests per call');
const rows: [string, string, string][] = [];
let before = snapshot();
const filed = await call('/public/cases', { body: complaint, key: 'bench-key-000001' });
const submit = delta(before, 'PostCase');
await rt.sfn.idle();
before = snapshot();
await call(`/public/cases/${filed.receipt}`);
const status = delta(before, 'GetPublicCase');
const queuePage = await call('/cases?stage=screening&limit=25', { token });
before = snapshot();
await call('/cases?stage=screening&limit=25', { token });
const queue = delta(before, 'ListCases');
const row = queuePage.items.find((i: { reference: string }) => i.reference === filed.reference);
before = snapshot();
await call(`/cases/${row.caseId}/actions`, {
  token,
  body: {
    action: 'reject',
    expectedVersion: row.version,
    ground: 'not_signed',
    reason: 'Đơn không có chữ ký.',
  },
});
const action = delta(before, 'PostAction');
await rt.sfn.idle();

rows.push(['submit (with Idempotency-Key)', `${total(submit)}  ${JSON.stringify(submit)}`, '≤ 3']);
rows.push(['status lookup by receipt', `${total(status)}  ${JSON.stringify(status)}`, '≤ 2']);
rows.push(['staff action (reject)', `${total(action)}  ${JSON.stringify(action)}`, '≤ 3']);
rows.push(['queue page', `${total(queue)}  ${JSON.stringify(queue)}`, '1']);
requestsPhase.done();
const lifecyclePhase = phase('one case lifecycle, intake to closed');

// One full lifecycle, API and workflow together: a complaint filed, accepted, assigned, decided by
// an investigator's proposal and a chair's approval, notified, closed.
const as = async (username: string): Promise<string> =>
  (await call('/local/auth/token', { body: { username, password: DEMO_PASSWORD } })).accessToken;
/** Access tokens live five minutes; long phases sign in again when theirs is four minutes old. */
const fresh = (username: string) => {
  let t: { token: string; at: number } | undefined;
  return async () => {
    if (!t || Date.now() - t.at > 240_000) t = { token: await as(username), at: Date.now() };
    return t.token;
  };
};
const [chair, investigator] = [await as('chair'), await as('investigator')];
before = snapshot();
const l = await call('/public/cases', { body: complaint, key: 'bench-key-lifecycle' });
await rt.sfn.idle();
const lrow = (await call('/cases?stage=screening&limit=100', { token })).items.find(
  (i: { reference: string }) => i.reference === l.reference,
);
// As a person would: read the case page, then act on the version shown.
const step = async (who: string, body: Record<string, unknown>) => {
  const detail = await call(`/cases/${lrow.caseId}`, { token: who });
  await call(`/cases/${lrow.caseId}/actions`, {
    token: who,
    body: { ...asSent(detail, body), expectedVersion: detail.case.version },
  });
  await rt.sfn.idle();
};
await step(token, { action: 'accept' });
await step(chair, { action: 'assign', assignees: ['investigator'] });
await step(investigator, {
  action: 'propose_decision',
  outcome: 'upheld',
  summary: 'Diện tích thu hồi không đúng hiện trạng.',
});
await step(chair, { action: 'approve_decision' });
await step(chair, { action: 'close' });
await rt.metrics.drain();
const all = delta(before);
// The metrics projector works off the stream, after the fact and in batches: counted on its own line.
const projector = Object.fromEntries(
  Object.entries(all).filter(([k]) => k.startsWith(`${streamFunctions.metricsProjector.id}:`)),
);
const lifecycle = Object.fromEntries(
  Object.entries(all).filter(([k]) => !k.startsWith(`${streamFunctions.metricsProjector.id}:`)),
);
const pageReads = (lifecycle['ListCases:Query'] ?? 0) + (lifecycle['GetCase:GetItem'] ?? 0);
const transitions = await countTransitions(lrow.caseId);
rows.push([
  'lifecycle intake → closed (complaint, upheld)',
  `${total(lifecycle) - pageReads}  ${JSON.stringify(lifecycle)}, not counting the ${pageReads} page reads (queue, case page)`,
  '≤ 30',
]);
rows.push([
  'metrics projector for that lifecycle (async)',
  `${total(projector)}  ${JSON.stringify(projector)}: one transaction per counted event, one read per batch`,
  'report',
]);
rows.push(['lifecycle state transitions', String(transitions), '≤ 25']);
rows.push(['Scans in all of the above', String(counts.get('ScanCommand') ?? 0), '0']);
lifecyclePhase.done();

async function countTransitions(caseId: string): Promise<number> {
  const execs = rt.sfn.list().filter((e) => JSON.parse(e.input).caseId === caseId);
  return execs.reduce((n, e) => n + rt.sfn.transitionsOf(e.executionArn), 0);
}

// Throughput: submissions through the gateway at a fixed concurrency.
const throughput = phase(`throughput: ${SUBMISSIONS} filings, ${CONCURRENCY} at a time`, SUBMISSIONS);
const latencies: number[] = [];
let next = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < SUBMISSIONS) {
      const i = next++;
      const s = performance.now();
      await call('/public/cases', { body: { ...complaint, content: `${complaint.content} (${i})` } });
      latencies.push(performance.now() - s);
      throughput.tick();
    }
  }),
);
const seconds = (performance.now() - t0) / 1000;
throughput.done(`${(SUBMISSIONS / seconds).toFixed(0)} filings/s`);
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);
rows.push([
  `intake throughput (${SUBMISSIONS} at concurrency ${CONCURRENCY})`,
  `${(SUBMISSIONS / seconds).toFixed(0)}/s, p50 ${pct(50)} ms, p99 ${pct(99)} ms`,
  '≥ 200/s, p99 ≤ 150 ms',
]);

// The audit trail: how soon a new event is anchored, and whether tampering is always caught.
const auditPhase = phase('anchoring lag and the tamper trial');
const auditor = fresh('auditor');
const benchStore = { db: dynamo(), tableName: rt.tableName };
const lag = await benchAnchoringLag(rt, {
  runs: Number(process.env.BENCH_ANCHOR_RUNS ?? 30),
  token: auditor,
  file: async () => {
    const f = await call('/public/cases', { body: complaint });
    return (await caseIdByReference(benchStore, f.reference))!;
  },
});
rows.push([
  `anchoring lag, filing's 201 → signed checkpoint (${lag.n} filings, stream polled every 200 ms)`,
  `p50 ${lag.p50.toFixed(0)} ms, p95 ${lag.p95.toFixed(0)} ms`,
  'within seconds',
]);
// The trail tampered with: an accepted complaint (five events), cloned.
const source = await caseIdByReference(
  benchStore,
  (await call('/public/cases', { body: complaint })).reference,
);
await rt.sfn.idle();
const intakeNow = await as('intake');
const sourceDetail = await call(`/cases/${source}`, { token: intakeNow });
await call(`/cases/${source}/actions`, {
  token: intakeNow,
  body: { action: 'accept', expectedVersion: sourceDetail.case.version },
});
await rt.sfn.idle();
const tampers = await benchTampering(rt, benchStore, {
  caseId: source!,
  n: Number(process.env.BENCH_TAMPER ?? 1000),
  onStep: () => auditPhase.tick(),
  token: auditor,
});
rows.push([
  `tampered anchored trails detected (${tampers.tampered}: ${Object.entries(tampers.byKind)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')})`,
  `API ${tampers.api.detected}/${tampers.tampered} (${tampers.api.serverErrors} × 5xx), CLI ${tampers.cli.detected}/${tampers.tampered}, ${(tampers.ms / 1000).toFixed(0)} s`,
  '100 %, 0 × 5xx',
]);

// The workspace's first queue render on a throttled phone, while the runtime still serves the pages
// (its screening queue holds the throughput run's filings).
const renderPagePhase = phase('first queue render on a throttled phone');
if (canRenderPages()) {
  const r = await benchQueueRender(rt.url);
  rows.push([
    `staff queue first render, 360 px, CPU 4×, 150 ms RTT, 1.6 Mb/s (${r.rows} rows)`,
    `first visit ${r.coldMs.toFixed(0)} ms, cached ${r.warmMs.toFixed(0)} ms`,
    '≤ 1 000 ms',
  ]);
} else rows.push(['staff queue first render on a throttled phone', 'skipped: no Chromium', '≤ 1 000 ms']);
renderPagePhase.done();

await rt.sfn.idle();
await rt.stop();
// DynamoDB Local keeps everything in one JVM's memory: after the filings and the tamper trial's
// clones it spends its time collecting garbage, so the dashboard phase gets a fresh one.
await ddb.stop();
const metricsDdb = await startDynamoLocal(null);
auditPhase.done();

// Dashboard and report cost at 1 000 vs 100 000 cases, each in its own table on the same DynamoDB Local.
const metricsClient = new DynamoDBClient({ endpoint: metricsDdb.endpoint });
const metricsDb = DynamoDBDocumentClient.from(metricsClient, {
  marshallOptions: { removeUndefinedValues: true },
});
let metricCounts: Record<string, number> = {};
metricsDb.middlewareStack.add(
  (next, context) => async (args) => {
    const k = (context.commandName ?? '').replace('Command', '');
    metricCounts[k] = (metricCounts[k] ?? 0) + 1;
    return next(args);
  },
  { step: 'initialize', name: 'benchMetricsCount' },
);
// 100 000 cases take minutes to seed: opt in with BENCH_METRIC_SIZES=1000,100000 (npm run bench:dashboard).
const sizes = (process.env.BENCH_METRIC_SIZES ?? '1000,10000').split(',').map(Number);
const measured = [];
const dashboardPhase = phase(
  `dashboard at ${sizes.join(' and ')} cases`,
  sizes.reduce((a, b) => a + b, 0),
);
for (const n of sizes) {
  const table = `bench-metrics-${n}`;
  await ensureTable(metricsClient, table);
  const { _seededOn: _s, ...intake } = demoIntakes()[0]!;
  const r = await benchDashboard(
    metricsDb,
    table,
    n,
    intake as Intake,
    () => ({ ...metricCounts }),
    () => {
      metricCounts = {};
    },
    () => dashboardPhase.tick(),
  );
  measured.push(r);
  rows.push([
    `dashboard, ${n.toLocaleString('en')} cases (${r.counterItems} counter items)`,
    `${total(r.dashboard.requests)}  ${JSON.stringify(r.dashboard.requests)}, p50 ${r.dashboard.p50.toFixed(1)} ms, p95 ${r.dashboard.p95.toFixed(1)} ms`,
    '≤ 4',
  ]);
  rows.push([
    `report 9 months, ${n.toLocaleString('en')} cases`,
    `${total(r.report.requests)}  ${JSON.stringify(r.report.requests)}, p50 ${r.report.p50.toFixed(1)} ms`,
    'bounded',
  ]);
}
if (measured.length === 2) {
  const [small, large] = measured as [(typeof measured)[0], (typeof measured)[0]];
  rows.push([
    `dashboard ${sizes[1]} vs ${sizes[0]} cases`,
    `requests ${total(large.dashboard.requests)} vs ${total(small.dashboard.requests)}, p50 latency ratio ${(large.dashboard.p50 / small.dashboard.p50).toFixed(2)}`,
    'same; ≤ 1.2',
  ]);
}
dashboardPhase.done();
metricsClient.destroy();
await metricsDdb.stop();

// Bundles and the cold path: size, and import time beside the SDK clients each uses (one run, side by side).
const bundlePhase = phase('bundles and cold imports', bundleCount());
const bundles = await benchBundles(bundlePhase, Number(process.env.BENCH_IMPORT_RUNS ?? 5));
bundlePhase.done();
for (const b of bundles) {
  rows.push([
    `bundle ${b.entry}`,
    `${b.kb.toFixed(1)} KB${b.lazyKb ? ` (+${b.lazyKb.toFixed(1)} KB lazy)` : ''}; import ${b.importMs.toFixed(0)} ms vs SDK ${b.sdkMs.toFixed(0)} ms (${(b.importMs / b.sdkMs).toFixed(2)}×) [${b.sdk.map((x) => x.replace('@aws-sdk/', '')).join(' ')}]`,
    '≤ 150 KB; ≤ 1.5×',
  ]);
}

// Decision documents: render time per document and the render function's cold path.
const renderPhase = phase('rendering decision documents');
const rendering = await benchRendering(Number(process.env.BENCH_RENDERS ?? 40));
rows.push([
  `render a decision PDF (${rendering.n} documents, all tracks, ~${Math.round(rendering.bytes / 1024)} KB each)`,
  `p50 ${rendering.p50.toFixed(0)} ms, p95 ${rendering.p95.toFixed(0)} ms`,
  'report',
]);
const cold = await benchRenderCold();
renderPhase.done();
rows.push([
  'render function: bundle, cold import vs @aws-sdk/client-s3',
  `${cold.bundleKB.toFixed(1)} KB (fonts beside it, 2 MB), import ${cold.importMs.toFixed(0)} ms vs ${cold.sdkMs.toFixed(0)} ms (${(cold.importMs / cold.sdkMs).toFixed(2)}×)`,
  'report (not on the request path)',
]);

// Page weight: what a browser fetches for each page of the build (the HTML, its module scripts,
// preloads and styles), raw and as CloudFront serves it compressed. Run `npm run build:web` first.
const pagesPhase = phase('page weight');
const dist = 'web/dist';
for (const page of existsSync(dist)
  ? readdirSync(dist).filter((d) => existsSync(`${dist}/${d}/index.html`))
  : []) {
  const html = readFileSync(`${dist}/${page}/index.html`);
  const assets = [...html.toString().matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  const files = [html, ...assets.map((a) => readFileSync(`${dist}${a}`))];
  const raw = files.reduce((n, f) => n + f.length, 0);
  const gz = files.reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0);
  const br = files.reduce((n, f) => n + brotliCompressSync(f).length, 0);
  rows.push([
    `page /${page} transfer (${files.length} files)`,
    `${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzip, ${(br / 1024).toFixed(1)} KB brotli`,
    'report',
  ]);
}

pagesPhase.done();

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`\nCông Minh bench (${new Date().toISOString()}, node ${process.version})\n`);
for (const [k, v, budget] of rows) console.log(`${k.padEnd(w)}  ${v}   [budget ${budget}]`);
process.exit(0);
