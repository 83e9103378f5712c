/**
 * How the API talks to the case workflow after a committed write (DESIGN.md §3): resume the parked
 * execution with its token, or start a new one. Execution names derive from the case id and version,
 * so a duplicate start is harmless.
 */
import {
  ExecutionAlreadyExists,
  InvalidToken,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  TaskDoesNotExist,
  TaskTimedOut,
} from '@aws-sdk/client-sfn';
import { sfn } from '../aws/clients/sfn.js';
import type { Case } from '../domain/case.js';
import { workflowStep } from '../domain/transitions.js';
import { ENV, requireEnv } from '../lambda/config.js';
import { logger } from '../lambda/logger.js';

export function executionName(caseId: string, version: number): string {
  return `${caseId}-v${version}`;
}

/**
 * Starts the case workflow. `repair` is for an execution that died (failed, aborted): its name is
 * taken, so the repair run gets a fresh one; the workflow picks the case up where it is.
 */
export async function startCaseWorkflow(
  c: Pick<Case, 'caseId' | 'version'>,
  opts: { repair?: boolean } = {},
): Promise<void> {
  const name = executionName(c.caseId, c.version);
  try {
    await sfn().send(
      new StartExecutionCommand({
        stateMachineArn: requireEnv(ENV.stateMachineArn),
        name: opts.repair ? `${name}-repair-${Date.now()}` : name,
        input: JSON.stringify({ caseId: c.caseId }),
      }),
    );
  } catch (err) {
    if (!(err instanceof ExecutionAlreadyExists)) throw err;
  }
}

/**
 * Signals the workflow that the case moved on. If the token is gone (timed out, execution dead),
 * a fresh execution picks the case up where it is: the workflow is re-entrant.
 */
export async function resumeCaseWorkflow(prev: Case, next: Case): Promise<void> {
  if (!prev.taskToken) {
    // A finished workflow (closed case) starts again when the case reopens; otherwise the running
    // execution is between steps, and its park will fail its condition and reload.
    if (workflowStep(prev) === 'done' && workflowStep(next) !== 'done') await startCaseWorkflow(next);
    return;
  }
  try {
    await sfn().send(
      new SendTaskSuccessCommand({
        taskToken: prev.taskToken,
        output: JSON.stringify({ caseId: next.caseId, status: next.status, version: next.version }),
      }),
    );
  } catch (err) {
    if (err instanceof TaskDoesNotExist || err instanceof TaskTimedOut || err instanceof InvalidToken) {
      logger.warn('stale workflow token; starting a new execution', { error: err.name });
      await startCaseWorkflow(next);
      return;
    }
    throw err;
  }
}
