import type { App, Environment } from 'aws-cdk-lib';
import { ApiStack } from './api-stack.js';
import { AuthStack } from './auth-stack.js';
import { DataStack } from './data-stack.js';
import { WebStack } from './web-stack.js';
import { WorkflowStack } from './workflow-stack.js';

export interface Stacks {
  data: DataStack;
  auth: AuthStack;
  workflow: WorkflowStack;
  api: ApiStack;
  web: WebStack;
}

export function buildStacks(app: App, env: Environment): Stacks {
  const data = new DataStack(app, 'CongMinhData', { env, terminationProtection: true });
  const auth = new AuthStack(app, 'CongMinhAuth', { env, terminationProtection: true });
  const workflow = new WorkflowStack(app, 'CongMinhWorkflow', { env, data });
  const api = new ApiStack(app, 'CongMinhApi', { env, data, auth });
  const web = new WebStack(app, 'CongMinhWeb', { env, api, data });
  return { data, auth, workflow, api, web };
}
