/**
 * A human (or system) action on a case: decide in the core, write case + audit event in one
 * transaction conditioned on the version, then signal the workflow.
 */
import { chainEvent } from '../audit/chain.js';
import { assertCanSeeCase } from '../auth/access.js';
import { type Actor, auditActor } from '../domain/actor.js';
import type { Case } from '../domain/case.js';
import { notFound } from '../domain/errors.js';
import { profileByVersion } from '../domain/profiles/index.js';
import { type ActionRequest, decide } from '../domain/transitions.js';
import { getCase, type StoreContext, saveTransition, TokenRaceError } from '../store/case-repository.js';

export interface ActDeps {
  store: StoreContext;
  now: () => Date;
  resumeWorkflow: (prev: Case, next: Case) => Promise<void>;
}

const MAX_TOKEN_RACES = 3;

export async function loadVisibleCase(store: StoreContext, actor: Actor, caseId: string): Promise<Case> {
  const c = await getCase(store, caseId);
  if (!c) throw notFound('no such case');
  if (actor.type === 'staff') assertCanSeeCase(actor, c);
  return c;
}

export async function actOnCase(
  deps: ActDeps,
  actor: Actor,
  caseId: string,
  req: ActionRequest,
): Promise<Case> {
  for (let attempt = 1; ; attempt++) {
    const prev = await loadVisibleCase(deps.store, actor, caseId);
    const now = deps.now();
    const { next, event } = decide(prev, req, actor, {
      now,
      profile: profileByVersion(prev.profileId, prev.profileVersion),
    });
    const audit = chainEvent(caseId, prev, { at: now.toISOString(), actor: auditActor(actor), ...event });
    try {
      await saveTransition(deps.store, prev, next, audit);
    } catch (err) {
      if (err instanceof TokenRaceError && attempt < MAX_TOKEN_RACES) continue;
      throw err;
    }
    const saved: Case = {
      ...next,
      seq: audit.seq,
      headHash: audit.hash,
      taskToken: undefined,
      awaiting: undefined,
    };
    await deps.resumeWorkflow(prev, saved);
    return saved;
  }
}
