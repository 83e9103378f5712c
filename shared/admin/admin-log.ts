/** Every admin change is recorded (who, what, when): staff roles and committees decide who sees what. */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { type Actor, auditActor } from '../domain/actor.js';
import type { StoreContext } from '../store/case-repository.js';

export async function logAdminChange(
  s: StoreContext,
  actor: Actor,
  action: string,
  target: string,
  data: Record<string, unknown>,
  now: Date,
) {
  const at = now.toISOString();
  await s.db.send(
    new PutCommand({
      TableName: s.tableName,
      Item: {
        PK: `ADMINLOG#${at.slice(0, 7)}`,
        SK: `${at}#${randomUUID()}`,
        entity: 'admin_log',
        at,
        actor: auditActor(actor),
        action,
        target,
        data,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
}
