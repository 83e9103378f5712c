/**
 * The case-lifecycle state machine (Standard), its Advance task, and the deadline alerts: a scheduler
 * group, the role schedules use to invoke the alert function, a dead-letter queue, and alarms.
 */

import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { EventSourceMapping, FilterCriteria, FilterRule, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { scheduledFunctions, streamFunctions, taskFunctions } from '../../../functions/tasks/registry.js';
import { ENV } from '../../../shared/lambda/config.js';
import { buildCaseLifecycle } from '../../../workflows/case-lifecycle/build.js';
import { caseTableIn, grantNeeds, STATE_MACHINE_NAME } from '../constructs/bindings.js';
import { HouseFunction } from '../constructs/house-function.js';
import type { DataStack } from './data-stack.js';

export interface WorkflowStackProps extends StackProps {
  data: DataStack;
  /** Verified SES sender for notices. */
  sesFrom?: string;
}

export const SCHEDULE_GROUP = 'cong-minh-deadlines';

export class WorkflowStack extends Stack {
  readonly stateMachine: StateMachine;
  readonly alertDlq: Queue;

  constructor(scope: Construct, id: string, props: WorkflowStackProps) {
    super(scope, id, props);
    const sesFrom = props.sesFrom ?? 'no-reply@example.invalid';

    const alert = new HouseFunction(this, scheduledFunctions.deadlineAlert.id, {
      entry: scheduledFunctions.deadlineAlert.entry,
    }).fn;
    grantNeeds(alert, scheduledFunctions.deadlineAlert.needs, { data: props.data, sesFrom });

    this.alertDlq = new Queue(this, 'AlertDlq', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    const group = new CfnScheduleGroup(this, 'AlertSchedules', { name: SCHEDULE_GROUP });
    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: 'EventBridge Scheduler invokes the deadline-alert function',
    });
    alert.grantInvoke(schedulerRole);
    this.alertDlq.grantSendMessages(schedulerRole);

    const advance = new HouseFunction(this, taskFunctions.advance.id, {
      entry: taskFunctions.advance.entry,
      timeout: Duration.seconds(25),
    }).fn;
    grantNeeds(advance, taskFunctions.advance.needs, { data: props.data, sesFrom });
    // Hourly, one run at a time: open cases counted with an older calendar edition are advanced as
    // the Advance task would (their deadlines counted again, the filer told, the alerts moved). A run
    // stops before its timeout and the next goes on; when nothing is stale it is a Query a page.
    const recount = new HouseFunction(this, scheduledFunctions.recountDeadlines.id, {
      entry: scheduledFunctions.recountDeadlines.entry,
      timeout: Duration.seconds(scheduledFunctions.recountDeadlines.timeoutSeconds),
      reservedConcurrentExecutions: 1,
    }).fn;
    grantNeeds(recount, scheduledFunctions.recountDeadlines.needs, { data: props.data, sesFrom });
    new Rule(this, 'HourlyRecount', {
      description: 'Counts open cases’ deadlines again after a new holiday calendar edition',
      schedule: Schedule.rate(Duration.hours(1)),
      targets: [new LambdaFunction(recount, { retryAttempts: 0 })],
    });
    new Alarm(this, 'RecountFailures', {
      alarmDescription:
        'Some open cases could not be counted again with the new holiday calendar (ids in the function’s log); the next hourly run tries again.',
      metric: recount.metricErrors({ period: Duration.hours(1) }),
      threshold: 1,
      evaluationPeriods: 3,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    // Both advance cases, so both keep the alert schedules in step with the clocks.
    for (const fn of [advance, recount]) {
      fn.addEnvironment(ENV.schedulerGroup, SCHEDULE_GROUP);
      fn.addEnvironment(ENV.schedulerRoleArn, schedulerRole.roleArn);
      fn.addEnvironment(ENV.alertFunctionArn, alert.functionArn);
      fn.addEnvironment(ENV.alertDlqArn, this.alertDlq.queueArn);
      fn.addToRolePolicy(
        new PolicyStatement({
          actions: ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule'],
          resources: [
            this.formatArn({
              service: 'scheduler',
              resource: 'schedule',
              resourceName: `${SCHEDULE_GROUP}/*`,
            }),
          ],
        }),
      );
      fn.addToRolePolicy(
        new PolicyStatement({ actions: ['iam:PassRole'], resources: [schedulerRole.roleArn] }),
      );
      fn.node.addDependency(group);
    }

    this.stateMachine = new StateMachine(this, 'CaseLifecycle', {
      stateMachineName: STATE_MACHINE_NAME,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(
        buildCaseLifecycle(this, { table: caseTableIn(this, props.data), advance }),
      ),
      tracingEnabled: true,
      logs: {
        destination: new LogGroup(this, 'CaseLifecycleLogs', {
          retention: RetentionDays.ONE_YEAR,
          removalPolicy: RemovalPolicy.DESTROY,
        }),
        // Every event, but never execution data (inputs could carry case content).
        level: LogLevel.ALL,
        includeExecutionData: false,
      },
    });
    // The park step's SDK integration grants UpdateItem on the table without a condition; this
    // Deny holds it to case items, as `dynamodb:LeadingKeys` holds every function.
    this.stateMachine.addToRolePolicy(
      new PolicyStatement({
        effect: Effect.DENY,
        actions: ['dynamodb:*'],
        resources: [caseTableIn(this, props.data).tableArn],
        conditions: { 'ForAnyValue:StringNotLike': { 'dynamodb:LeadingKeys': ['CASE#*'] } },
      }),
    );

    new Alarm(this, 'FailedExecutions', {
      alarmDescription:
        'A case workflow failed after its retries: start it again for the case (it is re-entrant) and look at the error.',
      metric: this.stateMachine.metricFailed({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    // The metrics projector: inserted audit events from the table's stream, each counted once.
    const projector = new HouseFunction(this, streamFunctions.metricsProjector.id, {
      entry: streamFunctions.metricsProjector.entry,
      timeout: Duration.seconds(60),
    }).fn;
    grantNeeds(projector, streamFunctions.metricsProjector.needs, { data: props.data });
    props.data.table.grantStreamRead(projector);
    const projectorDlq = new Queue(this, 'MetricsProjectorDlq', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    new EventSourceMapping(this, 'AuditEventStream', {
      target: projector,
      eventSourceArn: props.data.table.tableStreamArn!,
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      maxBatchingWindow: Duration.seconds(2),
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      retryAttempts: 10,
      onFailure: new SqsDlq(projectorDlq),
      filters: [
        FilterCriteria.filter({
          eventName: FilterRule.isEqual('INSERT'),
          dynamodb: { Keys: { SK: { S: FilterRule.beginsWith('EVT#') } } },
        }),
      ],
    });
    new Alarm(this, 'MetricsProjectorDeadLetters', {
      alarmDescription:
        'Audit events could not be counted: leadership figures are short until `metrics:recount` is run.',
      metric: projectorDlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    // The audit anchor: every event's hash signed into the checkpoint log. It reads the stream and
    // signs; it has no right on the table, and it is the only principal that may sign (DESIGN.md §3).
    const anchor = new HouseFunction(this, streamFunctions.auditAnchor.id, {
      entry: streamFunctions.auditAnchor.entry,
      timeout: Duration.seconds(60),
    }).fn;
    props.data.table.grantStreamRead(anchor);
    grantNeeds(anchor, streamFunctions.auditAnchor.needs, { data: props.data });
    const anchorDlq = new Queue(this, 'AuditAnchorDlq', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    new EventSourceMapping(this, 'AuditAnchorStream', {
      target: anchor,
      eventSourceArn: props.data.table.tableStreamArn!,
      startingPosition: StartingPosition.TRIM_HORIZON,
      batchSize: 100,
      maxBatchingWindow: Duration.seconds(1),
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      retryAttempts: 10,
      onFailure: new SqsDlq(anchorDlq),
      // Inserts and rewrites alike: a rewrite anchored is a rewrite verify can show.
      filters: [FilterCriteria.filter({ dynamodb: { Keys: { SK: { S: FilterRule.beginsWith('EVT#') } } } })],
    });
    new Alarm(this, 'AuditAnchorDeadLetters', {
      alarmDescription:
        'Audit events could not be anchored: verify reports them as not yet anchored until the batch in the DLQ is replayed.',
      metric: anchorDlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    new Alarm(this, 'AlertDeadLetters', {
      alarmDescription: 'A deadline alert could not be delivered: a statutory deadline may pass unnoticed.',
      metric: this.alertDlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}
