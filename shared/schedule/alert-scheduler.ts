/**
 * One-time deadline-alert schedules on EventBridge Scheduler (the local runtime serves the same API),
 * each invoking the deadline-alert function with {caseId, key}, deleted after it runs, with a
 * dead-letter queue. Names are stable, so creating an existing one is harmless.
 */
import { createHash } from 'node:crypto';
import {
  ConflictException,
  CreateScheduleCommand,
  DeleteScheduleCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-scheduler';
import { scheduler } from '../aws/clients/scheduler.js';
import { ENV, optionalEnv, requireEnv } from '../lambda/config.js';

/** Schedule names are ≤ 64 characters of [0-9a-zA-Z-_.]. */
export function scheduleName(caseId: string, key: string): string {
  return `cm-${createHash('sha256').update(`${caseId}\0${key}`).digest('hex').slice(0, 40)}`;
}

/** `at()` takes a local date-time without zone; the zone is given separately. */
function atExpression(instant: string, now: Date): string {
  const t = Math.max(Date.parse(instant), now.getTime() + 60_000);
  const local = new Date(t + 7 * 3600_000).toISOString().slice(0, 19);
  return `at(${local})`;
}

export async function scheduleAlert(caseId: string, key: string, at: string, now: Date): Promise<void> {
  try {
    await scheduler().send(
      new CreateScheduleCommand({
        Name: scheduleName(caseId, key),
        GroupName: optionalEnv(ENV.schedulerGroup),
        ScheduleExpression: atExpression(at, now),
        ScheduleExpressionTimezone: 'Asia/Ho_Chi_Minh',
        FlexibleTimeWindow: { Mode: 'OFF' },
        ActionAfterCompletion: 'DELETE',
        Target: {
          Arn: requireEnv(ENV.alertFunctionArn),
          RoleArn: requireEnv(ENV.schedulerRoleArn),
          Input: JSON.stringify({ caseId, key }),
          RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 86_400 },
          ...(optionalEnv(ENV.alertDlqArn)
            ? { DeadLetterConfig: { Arn: optionalEnv(ENV.alertDlqArn) } }
            : {}),
        },
      }),
    );
  } catch (err) {
    if (!(err instanceof ConflictException)) throw err;
  }
}

export async function unscheduleAlert(caseId: string, key: string): Promise<void> {
  try {
    await scheduler().send(
      new DeleteScheduleCommand({
        Name: scheduleName(caseId, key),
        GroupName: optionalEnv(ENV.schedulerGroup),
      }),
    );
  } catch (err) {
    if (!(err instanceof ResourceNotFoundException)) throw err;
  }
}
