import { readFileSync } from 'node:fs';
import { GetOpenApi } from '../../../shared/api/routes/public.js';
import { ENV, requireEnv } from '../../../shared/lambda/config.js';
import { routeHandler } from '../../../shared/lambda/http.js';

// Written from the route table at build time (infra/aws/stacks/api-stack.ts) or by the local runtime.
let doc: unknown;

export const handler = routeHandler(GetOpenApi, async () => {
  doc ??= JSON.parse(readFileSync(requireEnv(ENV.openApiFile), 'utf8'));
  return { status: 200, body: doc, headers: { 'cache-control': 'public, max-age=300' } };
});
