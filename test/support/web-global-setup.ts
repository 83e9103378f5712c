/** Browser tests: build the web app once, and share one DynamoDB Local. */
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { setup as dynamo, teardown } from './dynamodb-global-setup.js';

export async function setup(project: TestProject) {
  execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  await dynamo(project);
}

export { teardown };
