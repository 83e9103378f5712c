/**
 * The task handler factory for workflow steps: validates the state input with zod and logs only
 * technical fields. Errors propagate so the state's Retry/Catch decide.
 */
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import type { z } from 'zod/mini';
import { asOnAColdStart } from './cold-scope.js';
import { ENV } from './config.js';
import { logger } from './logger.js';

export function taskHandler<S extends z.ZodMiniType, R>(
  input: S,
  fn: (input: z.infer<S>, context: Context | undefined) => Promise<R>,
) {
  return middy<unknown, R>()
    .before(async (request) => {
      logger.appendKeys({ requestId: (request.context as Context | undefined)?.awsRequestId });
    })
    .onError(async (request) => {
      const err = request.error as (Error & { $metadata?: { httpStatusCode?: number } }) | null;
      // Technical fields only: the error's name, its first line and an HTTP status, never input data.
      logger.warn('task failed', {
        error: err?.name,
        reason: err?.message?.split('\n')[0]?.slice(0, 200),
        status: err?.$metadata?.httpStatusCode,
      });
    })
    .handler(async (event, context) =>
      // In tests every step runs as on a cold function: lazily loaded texts must be loaded by it.
      process.env[ENV.checkResponses] === '1'
        ? asOnAColdStart(() => fn(input.parse(event), context as Context | undefined))
        : fn(input.parse(event), context as Context | undefined),
    );
}
