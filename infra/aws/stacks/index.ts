import type { App, Environment } from 'aws-cdk-lib';
import { ApiStack } from './api-stack.js';
import { AuthStack } from './auth-stack.js';
import { DataStack } from './data-stack.js';
import { EdgeStack, edgeLimits } from './edge-stack.js';
import { WebStack } from './web-stack.js';
import { WorkflowStack } from './workflow-stack.js';

export interface Stacks {
  data: DataStack;
  auth: AuthStack;
  workflow: WorkflowStack;
  api: ApiStack;
  web: WebStack;
  /** The WAF on CloudFront (us-east-1), unless turned off. */
  edge?: EdgeStack;
}

export function buildStacks(app: App, env: Environment): Stacks {
  const data = new DataStack(app, 'CongMinhData', { env, terminationProtection: true });
  const auth = new AuthStack(app, 'CongMinhAuth', { env, terminationProtection: true });
  const workflow = new WorkflowStack(app, 'CongMinhWorkflow', { env, data });
  const api = new ApiStack(app, 'CongMinhApi', { env, data, auth });
  const limits = edgeLimits(app);
  const edge = limits
    ? new EdgeStack(app, 'CongMinhEdge', { env: { ...env, region: 'us-east-1' }, limits })
    : undefined;
  const web = new WebStack(app, 'CongMinhWeb', { env, api, data, webAclArn: edge?.webAclArn });
  return { data, auth, workflow, api, web, edge };
}
