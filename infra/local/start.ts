/**
 * `npm start`: the whole system locally, with data under CM_DATA_DIR (default .data) that survives
 * a restart. Prints the URLs and the demo logins.
 */

import { CALENDAR_VERSION } from '../../shared/domain/calendar-years.js';
import { startLocalRuntime } from './runtime.js';
import { DEMO_PASSWORD, demoUsers, seedConfiguration, seedDemoCases } from './seed.js';
import { seedDemoHistory } from './seed-history.js';

const port = Number(process.env.PORT ?? 3000);
const dataDir = process.env.CM_DATA_DIR ?? '.data';

// The port answers 503 (Retry-After) to everyone but the seeders until the demo data is in: the
// history is worked with a simulated clock, which nobody outside may see.
const rt = await startLocalRuntime({
  port,
  dataDir,
  host: process.env.HOST ?? '127.0.0.1',
  holdUntilReady: true,
});
await seedConfiguration(rt);
const history = await seedDemoHistory(rt);
const seeded = await seedDemoCases(rt);
// A calendar edition newer than the one the stored cases were counted with: count them again.
const recount = await rt.recountDeadlines().catch(() => ({ recounted: 0 }));
rt.ready();
const running = rt.sfn.list().filter((e) => e.status === 'RUNNING').length;

const lines = [
  '',
  'Công Minh is running locally.',
  '',
  `  Filing form     ${rt.url}/   (the public portal: file a case, keep the receipt)`,
  `  Staff workspace ${rt.url}/staff`,
  `  Dashboard       ${rt.url}/dashboard   (sign in as leadership)`,
  `  Tracking page   ${rt.url}/track   (a receipt below, or the link given at filing)`,
  `  Outbox          ${rt.url}/dev/outbox   (notices sent, no identities; staff sign-in; SES in AWS)`,
  `  API             ${rt.apiUrl}            (e.g. POST ${rt.apiUrl}/public/cases)`,
  `  OpenAPI 3.1     ${rt.apiUrl}/openapi.json`,
  `  Deadlines       ${rt.apiUrl}/public/deadlines?kind=complaint`,
  `  Sign-in         POST ${rt.apiUrl}/local/auth/token  {"username":"intake","password":"${DEMO_PASSWORD}"}`,
  '  Audit trails    npm run audit:verify   (every case and the admin log against the signed checkpoints)',
  '',
  `  Data folder     ${rt.dataDir}   (CM_DATA_DIR; delete it to start afresh)`,
  `  Port            ${port}   (PORT)`,
  `  Workflows       ${running} case workflow(s) running or parked`,
  ...(recount.recounted
    ? [`  Calendar        ${recount.recounted} open case(s) counted again with calendar ${CALENDAR_VERSION}`]
    : []),
  ...(history ? [`  Demo history    ${history} cases over the last six months, for the dashboard`] : []),
  '',
  `  Demo logins (password "${DEMO_PASSWORD}", local only):`,
  ...demoUsers.map(
    (u) => `    ${u.username.padEnd(16)} ${u.groups.join(',').padEnd(13)} ${u.committees.join(',')}`,
  ),
];
if (seeded.length) {
  lines.push('', '  Demo cases filed (receipts are shown only once):');
  for (const s of seeded)
    lines.push(`    ${s.reference.padEnd(16)} ${s.kind.padEnd(13)} receipt ${s.receipt}`);
}
lines.push('', 'Press Ctrl+C to stop.', '');
console.log(lines.join('\n'));

let stopping = false;
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, async () => {
    if (stopping) return;
    stopping = true;
    await rt.stop();
    process.exit(0);
  });
}
