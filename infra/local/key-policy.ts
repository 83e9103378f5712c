/**
 * The local stand-in for IAM's `dynamodb:LeadingKeys`: a function (an API route, a task, a stream
 * consumer) may read and write only the partition key prefixes it declares (shared/api/routes.ts,
 * functions/tasks/registry.ts). Every integration test therefore proves the declared grants are
 * enough, and a function that reaches for an undeclared prefix fails here as it would in AWS.
 */
import type { ServiceInputTypes, ServiceOutputTypes } from '@aws-sdk/client-dynamodb';
import type { Pluggable } from '@smithy/types';
import { type Needs, readablePrefixes } from '../../shared/api/needs.js';
import { prefixOf } from '../../shared/store/keys.js';

const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);
const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'TransactGetItems']);

type Input = Record<string, unknown>;
const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : ((v as { S?: string } | undefined)?.S ?? undefined);
const pkOf = (item: unknown): string | undefined => str((item as Input | undefined)?.PK);

/** The partition key values a command touches, and whether it writes them. */
export function touchedKeys(command: string, input: Input): { pk: string; write: boolean }[] {
  const out: { pk: string; write: boolean }[] = [];
  const add = (pk: string | undefined, write: boolean) => {
    if (pk !== undefined) out.push({ pk, write });
  };
  const write = WRITES.has(command);
  if (command === 'Query') {
    // The partition condition `<attr> = :v` names the value; on an index, the index's key.
    const m = /(?:^|\s|\()(#?\w+)\s*=\s*(:\w+)/.exec(String(input.KeyConditionExpression ?? ''));
    add(str((input.ExpressionAttributeValues as Input | undefined)?.[m?.[2] ?? '']), false);
  } else if (command === 'BatchGetItem' || command === 'BatchWriteItem') {
    for (const reqs of Object.values((input.RequestItems ?? {}) as Record<string, unknown>)) {
      const list = Array.isArray(reqs) ? reqs : ((reqs as { Keys?: unknown[] }).Keys ?? []);
      for (const r of list as Input[]) {
        add(
          pkOf((r.PutRequest as Input | undefined)?.Item) ??
            pkOf((r.DeleteRequest as Input | undefined)?.Key) ??
            pkOf(r),
          write,
        );
      }
    }
  } else if (command === 'TransactWriteItems' || command === 'TransactGetItems') {
    for (const t of (input.TransactItems ?? []) as Input[]) {
      const [kind, op] = Object.entries(t)[0] ?? [];
      const o = op as Input | undefined;
      add(pkOf(o?.Item) ?? pkOf(o?.Key), kind !== 'ConditionCheck' && kind !== 'Get');
    }
  } else {
    add(pkOf(input.Item) ?? pkOf(input.Key), write);
  }
  return out;
}

/** Why a command is refused under a function's needs, or null. */
export function refusal(fn: string, needs: Needs, command: string, input: Input): string | null {
  if (!READS.has(command) && !WRITES.has(command)) return `${fn} may not call ${command}`;
  const readable = new Set(readablePrefixes(needs));
  const writable = new Set(needs.table?.write ?? []);
  for (const { pk, write } of touchedKeys(command, input)) {
    const prefix = prefixOf(pk);
    if (!prefix || !(write ? writable : readable).has(prefix))
      return `${fn} may not ${write ? 'write' : 'read'} ${prefix ?? pk.split('#')[0]} (declare it in its needs)`;
  }
  return null;
}

/** Installs the policy: calls made inside a known function's scope are held to its needs. */
export function keyPolicy(
  scope: () => string | undefined,
  needsOf: (fn: string) => Needs | undefined,
): Pluggable<ServiceInputTypes, ServiceOutputTypes> {
  return {
    applyToStack(stack) {
      stack.add(
        (next, context) => async (args) => {
          const fn = scope();
          const needs = fn === undefined ? undefined : needsOf(fn);
          if (fn !== undefined && needs) {
            const command = String(context.commandName ?? '').replace(/Command$/, '');
            const why = refusal(fn, needs, command, args.input as Input);
            if (why) {
              const err = new Error(`AccessDeniedException (local key policy): ${why}`);
              err.name = 'AccessDeniedException';
              throw err;
            }
          }
          return next(args);
        },
        { step: 'initialize', name: 'localKeyPolicy' },
      );
    },
  };
}
