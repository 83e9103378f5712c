/**
 * How the API asks for a document: a synchronous Lambda Invoke of the render function (locally the
 * Lambda stand-in answers the same Invoke call). A failed render is a 503 with Retry-After, and the
 * action that needed it writes nothing.
 */
import { InvokeCommand, type InvokeCommandOutput, LambdaClient } from '@aws-sdk/client-lambda';
import type { DocumentSpec } from '../domain/document-spec.js';
import { unavailable } from '../domain/errors.js';
import { ENV, optionalEnv, requireEnv } from '../lambda/config.js';
import { logger } from '../lambda/logger.js';
import type { RenderedDocument } from './render.js';

let client: { endpoint: string | undefined; lambda: LambdaClient } | undefined;

function lambda(): LambdaClient {
  const endpoint = optionalEnv(ENV.lambdaEndpoint);
  if (!client || client.endpoint !== endpoint)
    client = {
      endpoint,
      lambda: new LambdaClient(endpoint ? { endpoint, maxAttempts: 2 } : { maxAttempts: 2 }),
    };
  return client.lambda;
}

export type Renderer = (caseId: string, spec: DocumentSpec, createdAt: Date) => Promise<RenderedDocument>;

export const RENDER_RETRY_SECONDS = 5;

export const renderDocument: Renderer = async (caseId, spec, createdAt) => {
  let out: InvokeCommandOutput;
  try {
    out = await lambda().send(
      new InvokeCommand({
        FunctionName: requireEnv(ENV.renderFunction),
        Payload: Buffer.from(JSON.stringify({ caseId, spec, createdAt: createdAt.toISOString() })),
      }),
    );
  } catch (err) {
    logger.error('document render call failed', { error: (err as Error).name });
    throw unavailable('the document could not be rendered; try again', RENDER_RETRY_SECONDS);
  }
  if (out.FunctionError || !out.Payload) {
    logger.error('document render failed', { error: out.FunctionError });
    throw unavailable('the document could not be rendered; try again', RENDER_RETRY_SECONDS);
  }
  return JSON.parse(Buffer.from(out.Payload).toString('utf8')) as RenderedDocument;
};
