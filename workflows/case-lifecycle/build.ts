/**
 * The case-lifecycle state machine, built by one function that the CDK stack and the local runner
 * both call. It is re-entrant: it starts from {caseId}, loads the case, and does what the case's
 * status needs (park for a human, run a system step, or finish), then loads again.
 */
import { Duration } from 'aws-cdk-lib';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import type { Construct } from 'constructs';
import { keys } from '../../shared/store/keys.js';
import { RELOAD_ERRORS, S } from './states.js';

export interface CaseLifecycleDeps {
  table: ITable;
  loadCase: IFunction;
  closeCase: IFunction;
  /** How long a parked callback waits before the workflow reloads the case and parks again. */
  parkTimeout?: Duration;
}

const caseInput = sfn.TaskInput.fromObject({ caseId: sfn.JsonPath.stringAt('$.caseId') });

function lambdaStep(scope: Construct, id: string, fn: IFunction, resultPath: string) {
  const step = new tasks.LambdaInvoke(scope, id, {
    lambdaFunction: fn,
    payload: caseInput,
    payloadResponseOnly: true,
    resultPath,
    taskTimeout: sfn.Timeout.duration(Duration.seconds(30)),
    retryOnServiceExceptions: false,
  });
  step.addRetry({
    errors: [
      'Lambda.ServiceException',
      'Lambda.AWSLambdaException',
      'Lambda.SdkClientException',
      'Lambda.TooManyRequestsException',
      'States.Timeout',
      'States.TaskFailed',
    ],
    interval: Duration.seconds(2),
    maxAttempts: 4,
    backoffRate: 2,
    jitterStrategy: sfn.JitterType.FULL,
  });
  return step;
}

export function buildCaseLifecycle(scope: Construct, deps: CaseLifecycleDeps): sfn.IChainable {
  const failed = new sfn.Fail(scope, S.Failed, {
    error: 'CaseWorkflowFailed',
    cause: 'A step failed after its retries',
  });
  const load = lambdaStep(scope, S.LoadCase, deps.loadCase, '$.case');
  load.addCatch(failed, { errors: ['States.ALL'], resultPath: '$.error' });

  // Park: store the task token on the case item, only if the case is still at the version and
  // status just loaded (otherwise reload). The staff API resumes it with SendTaskSuccess.
  const caseKey = keys.case('{}');
  const park = new tasks.CallAwsService(scope, S.AwaitStaff, {
    service: 'dynamodb',
    action: 'updateItem',
    integrationPattern: sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN,
    iamResources: [deps.table.tableArn],
    iamAction: 'dynamodb:UpdateItem',
    parameters: {
      TableName: deps.table.tableName,
      Key: {
        PK: { S: sfn.JsonPath.format(caseKey.PK, sfn.JsonPath.stringAt('$.caseId')) },
        SK: { S: caseKey.SK },
      },
      UpdateExpression: 'SET taskToken = :t, awaiting = :s',
      ConditionExpression: 'version = :v AND #status = :s',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':t': { S: sfn.JsonPath.taskToken },
        ':s': { S: sfn.JsonPath.stringAt('$.case.status') },
        ':v': { N: sfn.JsonPath.stringAt('$.case.versionN') },
      },
    },
    resultPath: sfn.JsonPath.DISCARD,
    taskTimeout: sfn.Timeout.duration(deps.parkTimeout ?? Duration.days(7)),
  });
  park.addRetry({
    errors: [
      'DynamoDb.ProvisionedThroughputExceededException',
      'DynamoDb.InternalServerErrorException',
      'DynamoDb.RequestLimitExceeded',
    ],
    interval: Duration.seconds(1),
    maxAttempts: 3,
    backoffRate: 2,
  });
  park.addCatch(load, { errors: RELOAD_ERRORS, resultPath: sfn.JsonPath.DISCARD });
  park.addCatch(failed, { errors: ['States.ALL'], resultPath: '$.error' });
  park.next(load);

  const close = lambdaStep(scope, S.CloseCase, deps.closeCase, sfn.JsonPath.DISCARD);
  close.addCatch(failed, { errors: ['States.ALL'], resultPath: '$.error' });
  close.next(load);

  const route = new sfn.Choice(scope, S.RouteByStep)
    .when(sfn.Condition.stringEquals('$.case.step', 'await'), park)
    .when(sfn.Condition.stringEquals('$.case.step', 'close'), close)
    .when(sfn.Condition.stringEquals('$.case.step', 'done'), new sfn.Succeed(scope, S.Done))
    .otherwise(failed);

  return load.next(route);
}
