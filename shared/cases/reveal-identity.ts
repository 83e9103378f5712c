/**
 * Identity reveal (DESIGN.md §3): a chair of the case's committee, with a written reason. The reveal
 * is an audit event written before anything is decrypted, so the access log cannot miss one.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { chainEvent } from '../audit/chain.js';
import type { Actor } from '../domain/actor.js';
import { auditActor } from '../domain/actor.js';
import { forbidden, notFound } from '../domain/errors.js';
import { type StoreContext, saveCase, untilSaved } from '../store/case-repository.js';
import { keys, stripKeys } from '../store/keys.js';
import { type KeyWrapper, openIdentity, type SealedIdentity } from '../vault/vault.js';
import { loadVisibleCase } from './act-on-case.js';

export interface RevealDeps {
  store: StoreContext;
  now: () => Date;
  keyWrapper: KeyWrapper;
}

export async function revealIdentity(
  deps: RevealDeps,
  actor: Actor & { type: 'staff' },
  caseId: string,
  reason: string,
) {
  if (!actor.roles.includes('chair')) throw forbidden('only a chair may reveal an identity');
  const { c, event } = await untilSaved(async () => {
    const c = await loadVisibleCase(deps.store, actor, caseId, 'reveal');
    if (c.anonymous) throw notFound('an anonymous report has no identity');
    const event = chainEvent(c.caseId, c, {
      at: deps.now().toISOString(),
      actor: auditActor(actor),
      action: 'identity_reveal',
      from: c.status,
      to: c.status,
      data: { reason },
    });
    await saveCase(deps.store, c, c, [event], { token: 'keep' });
    return { c, event };
  });
  const owner = c.identityOf ?? c.caseId;
  const item = await deps.store.db.send(
    new GetCommand({ TableName: deps.store.tableName, Key: keys.identity(owner) }),
  );
  if (!item.Item) throw notFound('no identity stored');
  return {
    identity: await openIdentity(deps.keyWrapper, owner, stripKeys(item.Item) as unknown as SealedIdentity),
    revealedAt: event.at,
  };
}
