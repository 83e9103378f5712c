import 'aws-sdk-client-mock-vitest/extend';
import { DynamoDBClient, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { SendTaskSuccessCommand, SFNClient, StartExecutionCommand, TaskTimedOut } from '@aws-sdk/client-sfn';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { actOnCase } from '../../../shared/cases/act-on-case.js';
import { caseItem } from '../../../shared/store/case-repository.js';
import { findHash } from '../../../shared/store/find-index.js';
import { resumeCaseWorkflow } from '../../../shared/workflow/signal.js';
import { newCase, staff } from '../../support/cases.js';

const ddb = mockClient(DynamoDBDocumentClient);
const sfn = mockClient(SFNClient);
const store = {
  db: DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'ap-southeast-1' })),
  tableName: 'cases',
};
const deps = { store, now: () => new Date('2026-03-04T02:00:00Z'), resumeWorkflow: resumeCaseWorkflow };
const accept = { action: 'accept' as const, expectedVersion: 1, complexity: 'normal' as const };

beforeEach(() => {
  ddb.reset();
  sfn.reset();
  process.env.AWS_REGION = 'ap-southeast-1';
  process.env.CM_STATE_MACHINE_ARN =
    'arn:aws:states:ap-southeast-1:111111111111:stateMachine:cong-minh-case-lifecycle';
});

describe('acting on a case', () => {
  it('writes case and audit event in one conditioned transaction, then resumes the parked workflow', async () => {
    // Indexed when filed: accepting it changes no word it is found by, so no index item is rewritten.
    const filed = newCase();
    ddb.on(GetCommand).resolves({
      Item: caseItem({ ...filed, findHash: findHash(filed), taskToken: 'tok-1', awaiting: 'screening' }),
    });
    ddb.on(TransactWriteCommand).resolves({});
    sfn.on(SendTaskSuccessCommand).resolves({});
    const saved = await actOnCase(deps, staff('intake'), 'c-1', accept);
    expect(saved.status).toBe('accepted');
    const write = ddb.commandCalls(TransactWriteCommand)[0]!.args[0].input.TransactItems!;
    expect(write).toHaveLength(2);
    expect(write[0]!.Put!.ConditionExpression).toBe('version = :v AND seq = :seq AND taskToken = :tok');
    expect(write[0]!.Put!.Item).not.toHaveProperty('taskToken');
    expect(write[1]!.Put!.Item).toMatchObject({
      SK: 'EVT#00000002',
      action: 'accept',
      actor: { id: 'intake', role: 'intake' },
    });
    expect(sfn).toHaveReceivedCommandWith(SendTaskSuccessCommand, { taskToken: 'tok-1' });
    expect(ddb).toHaveReceivedCommandTimes(GetCommand, 1);
  });

  it('re-reads when only the workflow token changed under it, so the token is never lost', async () => {
    ddb
      .on(GetCommand)
      .resolvesOnce({ Item: caseItem(newCase()) })
      .resolves({ Item: caseItem({ ...newCase(), taskToken: 'tok-2' }) });
    ddb
      .on(TransactWriteCommand)
      .rejectsOnce(
        new TransactionCanceledException({
          message: 'cancelled',
          $metadata: {},
          CancellationReasons: [
            { Code: 'ConditionalCheckFailed', Item: { version: { N: '1' } } },
            { Code: 'None' },
          ],
        }),
      )
      .resolves({});
    sfn.on(SendTaskSuccessCommand).resolves({});
    await actOnCase(deps, staff('intake'), 'c-1', accept);
    expect(ddb).toHaveReceivedCommandTimes(TransactWriteCommand, 2);
    expect(sfn).toHaveReceivedCommandWith(SendTaskSuccessCommand, { taskToken: 'tok-2' });
  });

  it('answers 409 when someone else changed the case, and signals nothing', async () => {
    ddb.on(GetCommand).resolves({ Item: caseItem({ ...newCase(), taskToken: 'tok-1' }) });
    ddb.on(TransactWriteCommand).rejects(
      new TransactionCanceledException({
        message: 'cancelled',
        $metadata: {},
        CancellationReasons: [
          { Code: 'ConditionalCheckFailed', Item: { version: { N: '2' } } },
          { Code: 'None' },
        ],
      }),
    );
    await expect(actOnCase(deps, staff('intake'), 'c-1', accept)).rejects.toMatchObject({ kind: 'conflict' });
    expect(sfn).not.toHaveReceivedCommand(SendTaskSuccessCommand);
  });

  it('starts a fresh execution when the parked token is stale (re-entrance)', async () => {
    ddb.on(GetCommand).resolves({ Item: caseItem({ ...newCase(), taskToken: 'tok-old' }) });
    ddb.on(TransactWriteCommand).resolves({});
    sfn.on(SendTaskSuccessCommand).rejects(new TaskTimedOut({ message: 'timed out', $metadata: {} }));
    sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn', startDate: new Date() });
    await actOnCase(deps, staff('intake'), 'c-1', accept);
    expect(sfn).toHaveReceivedCommandWith(StartExecutionCommand, {
      name: 'c-1-v2',
      input: '{"caseId":"c-1"}',
    });
  });

  it('refuses a staff member of another committee before any write', async () => {
    ddb.on(GetCommand).resolves({ Item: caseItem(newCase()) });
    await expect(actOnCase(deps, staff('intake', ['ubkt-2']), 'c-1', accept)).rejects.toMatchObject({
      kind: 'forbidden',
    });
    expect(ddb).not.toHaveReceivedCommand(TransactWriteCommand);
  });
});
