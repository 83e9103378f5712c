/**
 * The ASL that CDK produces for this workflow, outside any deployed stack: built in a bare stack
 * with imported resources, with CloudFormation intrinsics resolved to plain strings. The local
 * runner executes exactly this definition; tests validate it.
 */
import { App, Stack } from 'aws-cdk-lib';
import { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { taskFunctions } from '../../functions/tasks/registry.js';
import { buildCaseLifecycle } from './build.js';

export const LOCAL_ACCOUNT = '000000000000';
export const LOCAL_REGION = 'ap-southeast-1';

export function localFunctionArn(prefix: string, name: string): string {
  return `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT}:function:${prefix}-${name}`;
}

/** Replaces Ref / Fn::GetAtt / Fn::Join / Fn::Sub / pseudo parameters with plain strings. */
export function resolveIntrinsics(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(resolveIntrinsics);
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  if ('Ref' in o) {
    const ref = String(o.Ref);
    const pseudo: Record<string, string> = {
      'AWS::Partition': 'aws',
      'AWS::Region': LOCAL_REGION,
      'AWS::AccountId': LOCAL_ACCOUNT,
      'AWS::URLSuffix': 'amazonaws.com',
    };
    return pseudo[ref] ?? `local-${ref}`;
  }
  if ('Fn::GetAtt' in o) return `local-${(o['Fn::GetAtt'] as string[]).join('-')}`;
  if ('Fn::Join' in o) {
    const [sep, parts] = o['Fn::Join'] as [string, unknown[]];
    return parts.map((p) => String(resolveIntrinsics(p))).join(sep);
  }
  if ('Fn::Sub' in o) return String(o['Fn::Sub']).replace(/\$\{AWS::Region\}/g, LOCAL_REGION);
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, resolveIntrinsics(v)]));
}

export interface LocalAslOptions {
  tableName: string;
  functionPrefix: string;
}

export function caseLifecycleAsl(opts: LocalAslOptions): Record<string, unknown> {
  const stack = new Stack(new App(), 'Bare', { env: { account: LOCAL_ACCOUNT, region: LOCAL_REGION } });
  const fn = (t: { id: string; name: string }) =>
    LambdaFunction.fromFunctionArn(stack, t.id, localFunctionArn(opts.functionPrefix, t.name));
  const chain = buildCaseLifecycle(stack, {
    table: Table.fromTableName(stack, 'Table', opts.tableName),
    advance: fn(taskFunctions.advance),
  });
  const graph = new sfn.StateGraph(chain.startState, 'case-lifecycle').toGraphJson();
  return resolveIntrinsics(stack.resolve(graph)) as Record<string, unknown>;
}
