/**
 * `npm run audit:verify [caseId…]`: recomputes the audit hash chain of every case (or the given ones)
 * in the local data folder and checks it against the head stored on the case. Uses the running
 * `npm start` if there is one, otherwise starts DynamoDB Local on the same data.
 *
 * Verifying every chain is inherently a full read, so this offline tool pages through the table with
 * a Scan; no request path of the product scans.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { verifyChain } from '../../shared/audit/chain.js';
import { getCase, listEvents } from '../../shared/store/case-repository.js';
import { type DynamoLocal, startDynamoLocal } from './dynamodb.js';
import { RUNTIME_FILE, type RuntimeInfo } from './runtime.js';

const dataDir = resolve(process.env.CM_DATA_DIR ?? '.data');
const infoPath = join(dataDir, RUNTIME_FILE);
const running = existsSync(infoPath)
  ? (JSON.parse(readFileSync(infoPath, 'utf8')) as RuntimeInfo)
  : undefined;
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const local: DynamoLocal | undefined =
  running && isAlive(running.pid) ? undefined : await startDynamoLocal(join(dataDir, 'dynamodb'));
const endpoint = local ? local.endpoint : running!.dynamoEndpoint;
const tableName = running?.tableName ?? 'cong-minh';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const raw = new DynamoDBClient({
  endpoint,
  region: 'ap-southeast-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const store = { db: DynamoDBDocumentClient.from(raw), tableName };

let ids = process.argv.slice(2);
if (ids.length === 0) {
  const pages = paginateScan(
    { client: store.db },
    {
      TableName: tableName,
      FilterExpression: 'SK = :c',
      ExpressionAttributeValues: { ':c': 'CASE' },
      ProjectionExpression: 'caseId',
    },
  );
  for await (const page of pages) ids.push(...(page.Items ?? []).map((i) => String(i.caseId)));
  ids = ids.sort();
}

let bad = 0;
for (const id of ids) {
  const c = await getCase(store, id);
  if (!c) {
    console.log(`MISSING  ${id}`);
    bad++;
    continue;
  }
  const v = verifyChain(id, await listEvents(store, id), { seq: c.seq, headHash: c.headHash });
  if (!v.valid) bad++;
  console.log(
    `${v.valid ? 'valid   ' : 'INVALID '} ${c.reference.padEnd(17)} events ${String(v.length).padStart(3)}  head ${v.headHash?.slice(0, 16)}…${v.valid ? '' : `  first bad event ${v.firstBadSeq}`}`,
  );
}
console.log(`\n${ids.length} case(s), ${bad} with a broken chain.`);
raw.destroy();
await local?.stop();
process.exit(bad ? 1 : 0);
