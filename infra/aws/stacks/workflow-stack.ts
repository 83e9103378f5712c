/** The case-lifecycle state machine (Standard) and its task functions. */
import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import type { Construct } from 'constructs';
import { taskFunctions } from '../../../functions/tasks/registry.js';
import { buildCaseLifecycle } from '../../../workflows/case-lifecycle/build.js';
import { bindTable, bindWorkflow, caseTableIn, STATE_MACHINE_NAME } from '../constructs/bindings.js';
import { HouseFunction } from '../constructs/house-function.js';
import type { DataStack } from './data-stack.js';

export interface WorkflowStackProps extends StackProps {
  data: DataStack;
}

export class WorkflowStack extends Stack {
  readonly stateMachine: StateMachine;

  constructor(scope: Construct, id: string, props: WorkflowStackProps) {
    super(scope, id, props);
    const loadCase = new HouseFunction(this, taskFunctions.loadCase.id, {
      entry: `tasks/${taskFunctions.loadCase.entry}`,
    }).fn;
    bindTable(loadCase, props.data, 'read');
    const closeCase = new HouseFunction(this, taskFunctions.closeCase.id, {
      entry: `tasks/${taskFunctions.closeCase.entry}`,
    }).fn;
    bindTable(closeCase, props.data, 'readWrite');
    bindWorkflow(closeCase, { start: true, callback: true });

    this.stateMachine = new StateMachine(this, 'CaseLifecycle', {
      stateMachineName: STATE_MACHINE_NAME,
      stateMachineType: StateMachineType.STANDARD,
      definitionBody: DefinitionBody.fromChainable(
        buildCaseLifecycle(this, { table: caseTableIn(this, props.data), loadCase, closeCase }),
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
  }
}
