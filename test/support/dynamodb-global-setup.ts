/** One DynamoDB Local JVM (in memory) for the whole integration run; each file uses its own table. */
import type { TestProject } from 'vitest/node';
import { type DynamoLocal, startDynamoLocal } from '../../infra/local/dynamodb.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}

let ddb: DynamoLocal | undefined;

export async function setup(project: TestProject) {
  ddb = await startDynamoLocal(null);
  project.provide('dynamoEndpoint', ddb.endpoint);
}

export async function teardown() {
  await ddb?.stop();
}
