/**
 * The case-lifecycle state machine, built by one function that the CDK stack and the local runner
 * both call. It reconciles: `Advance` does every piece of system work the case's state calls for
 * (notices, links, decision notification, closing, alert schedules), then the case either parks for
 * a human with a task token stored on the case item, or is done. It is re-entrant: starting it
 * again for a case resumes that case.
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
  advance: IFunction;
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
    taskTimeout: sfn.Timeout.duration(Duration.seconds(60)),
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
  const advance = lambdaStep(scope, S.Advance, deps.advance, '$.case');
  advance.addCatch(failed, { errors: ['States.ALL'], resultPath: '$.error' });

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
  park.addCatch(advance, { errors: RELOAD_ERRORS, resultPath: sfn.JsonPath.DISCARD });
  park.addCatch(failed, { errors: ['States.ALL'], resultPath: '$.error' });
  park.next(advance);

  const route = new sfn.Choice(scope, S.RouteByStep)
    .when(sfn.Condition.stringEquals('$.case.step', 'await'), park)
    .when(sfn.Condition.stringEquals('$.case.step', 'done'), new sfn.Succeed(scope, S.Done))
    .otherwise(failed);

  return advance.next(route);
}
