/**
 * The data of `npm start` for offline tools (`audit:verify`, `metrics:recount`): the running
 * runtime's DynamoDB if there is one, otherwise DynamoDB Local started on the same data folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StoreContext } from '../../shared/store/case-repository.js';
import { type DynamoLocal, startDynamoLocal } from './dynamodb.js';
import { RUNTIME_FILE, type RuntimeInfo } from './runtime.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function openLocalStore(): Promise<{
  store: StoreContext;
  dataDir: string;
  close(): Promise<void>;
}> {
  const dataDir = resolve(process.env.CM_DATA_DIR ?? '.data');
  const infoPath = join(dataDir, RUNTIME_FILE);
  const running = existsSync(infoPath)
    ? (JSON.parse(readFileSync(infoPath, 'utf8')) as RuntimeInfo)
    : undefined;
  const local: DynamoLocal | undefined =
    running && isAlive(running.pid) ? undefined : await startDynamoLocal(join(dataDir, 'dynamodb'));
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const raw = new DynamoDBClient({
    endpoint: local ? local.endpoint : running!.dynamoEndpoint,
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    store: { db: DynamoDBDocumentClient.from(raw), tableName: running?.tableName ?? 'cong-minh' },
    dataDir,
    async close() {
      raw.destroy();
      await local?.stop();
    },
  };
}
