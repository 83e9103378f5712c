/**
 * Public intake use case: validate date-dependent rules, open the case, vault the identity, chain
 * the first audit event and write everything in one transaction, then start the workflow.
 */
import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { canonicalJson } from '../audit/canonical.js';
import { chainEvent, sha256 } from '../audit/chain.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { localDate } from '../domain/calendar.js';
import { openCase } from '../domain/case.js';
import { namedStaff } from '../domain/conflicts.js';
import { conflict, invalid, rateLimited, unavailable } from '../domain/errors.js';
import type { Intake } from '../domain/intake.js';
import { profileOn } from '../domain/profiles/index.js';
import { attachItems } from '../store/attachments.js';
import { createCase, type StoreContext } from '../store/case-repository.js';
import { listCommittees } from '../store/committees.js';
import { keys } from '../store/keys.js';
import {
  type SubmitBuckets,
  type SubmitLimits,
  submitBuckets,
  submitLimitItems,
  tatOf,
} from '../store/rate-limits.js';
import { committeeStaff } from '../store/staff-index.js';
import { derivedReceipt, newReceipt, randomCode, receiptHmac } from '../vault/receipt.js';
import { type KeyWrapper, sealIdentity } from '../vault/vault.js';
import { attachmentSummaries, checkAttachments } from './check-attachments.js';
import { deadlineView } from './views.js';

export interface SubmitDeps {
  store: StoreContext;
  blobs: BlobStore;
  receiptKey: Buffer;
  keyWrapper: KeyWrapper;
  startWorkflow: (c: { caseId: string; version: number }) => Promise<void>;
  now: () => Date;
  trackingUrl: (receipt: string) => string;
  /** Who files (hashed for the per-client limit) and the limits that apply. */
  client: { ip: string; limits: SubmitLimits };
}

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

export interface SubmitResult {
  status: 201;
  body: {
    reference: string;
    receipt: string;
    status: string;
    trackingUrl: string;
    deadlines: ReturnType<typeof deadlineView>[];
    headHash: string;
  };
}

export async function submitCase(
  deps: SubmitDeps,
  intake: Intake,
  idempotencyKey?: string,
): Promise<SubmitResult> {
  const requestHash = sha256(canonicalJson(intake));
  const keyHash = idempotencyKey ? sha256(`idem\0${idempotencyKey}`) : undefined;
  const receipt = keyHash ? derivedReceipt(deps.receiptKey, keyHash, requestHash) : newReceipt();

  // One read: an earlier answer under this key, and the client's and the global filing buckets.
  const buckets = submitBuckets(deps.client.ip, deps.client.limits);
  const first = await readBeforeFiling(deps, keyHash, buckets);
  if (first.idempotency) return replay(deps, first.idempotency, requestHash, receipt);
  const seen = first.seen;
  const early = submitLimitItems(deps.store.tableName, buckets, seen, deps.now());
  if (early.refused) throw tooMany(early.refused.retryAfter);

  const committee = (await listCommittees(deps.store)).find((c) => c.committeeId === intake.committee);
  if (!committee) throw invalid('unknown committee', [{ path: ['committee'], message: 'unknown_committee' }]);
  const attachments = await checkAttachments(deps.store, deps.blobs, intake.attachments);
  const now = deps.now();
  const profile = profileOn(localDate(now), committee.profileId);
  const caseId = randomUUID();
  const opened = openCase(intake, {
    caseId,
    random8: randomCode(8),
    now,
    profile,
    pseudonymTag: randomCode(2),
  });
  // A member of the committee named in the case (denounced, respondent, a party) never sees it.
  const named = [...opened.case.namedPersons, ...opened.identity.otherParties.map((p) => p.fullName)];
  const excluded = named.length ? namedStaff(named, await committeeStaff(deps.store, intake.committee)) : [];
  const event = chainEvent(caseId, null, {
    at: now.toISOString(),
    actor: 'public',
    action: 'submit',
    from: null,
    to: opened.case.status,
    data: {
      kind: intake.kind,
      track: opened.case.track,
      requestHash,
      legalNoticeVersion: intake.legalNoticeVersion,
      ...(excluded.length ? { excludedStaff: excluded, exclusionBasis: 'named_in_case' } : {}),
    },
  });
  const c = {
    ...opened.case,
    excludedStaff: excluded,
    exclusions: excluded.map((staffId) => ({
      staffId,
      basis: 'named_in_case' as const,
      at: now.toISOString(),
    })),
    headHash: event.hash,
    submissionHash: event.hash,
    seq: 1,
    attachments: attachmentSummaries(attachments),
  };
  const body: SubmitResult['body'] = {
    reference: c.reference,
    receipt,
    status: c.status,
    trackingUrl: deps.trackingUrl(receipt),
    deadlines: c.clocks.map((k) => deadlineView(k, now, profile)),
    headHash: event.hash,
  };
  const { receipt: _secret, trackingUrl: _url, ...storable } = body;
  const write = {
    case: c,
    event,
    identity: await sealIdentity(deps.keyWrapper, caseId, { ...opened.identity }),
    receiptHmac: receiptHmac(deps.receiptKey, receipt),
    extra: attachItems(deps.store.tableName, attachments, caseId),
    idempotency: keyHash
      ? {
          keyHash,
          requestHash,
          response: storable,
          expiresAt: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_TTL_SECONDS,
        }
      : undefined,
  };
  for (let attempt = 1; ; attempt++) {
    const limit = submitLimitItems(deps.store.tableName, buckets, seen, now);
    if (limit.refused) throw tooMany(limit.refused.retryAfter);
    try {
      await createCase(deps.store, { ...write, guards: limit.items });
      break;
    } catch (err) {
      if (!(err instanceof TransactionCanceledException)) throw err;
      const reasons = err.CancellationReasons ?? [];
      const codes = reasons.map((r) => r.Code);
      const guards = reasons.slice(reasons.length - limit.items.length);
      // A concurrent retry with the same key won the race: answer as it did.
      const again = keyHash ? (await readBeforeFiling(deps, keyHash, buckets)).idempotency : undefined;
      if (again) return replay(deps, again, requestHash, receipt);
      // A bucket filled or changed form meanwhile: judge again from it as it is now.
      if (guards.some((g) => g.Code === 'ConditionalCheckFailed') && attempt < 4) {
        seen.client = tatOf(guards[0]?.Item) ?? seen.client;
        seen.global = tatOf(guards[1]?.Item) ?? seen.global;
        continue;
      }
      // An attachment cited here was filed with another case in the meantime (each is filed once).
      if (codes.slice(0, reasons.length - limit.items.length).includes('ConditionalCheckFailed'))
        throw conflict('an attachment cited was filed with another case meanwhile');
      // Another filing touched the same item at the same moment: try again.
      if (codes.includes('TransactionConflict') || codes.includes('ConditionalCheckFailed')) {
        if (attempt < 4) continue;
        throw unavailable('busy; try again', 1);
      }
      throw err;
    }
  }
  await deps.startWorkflow(c);
  return { status: 201, body };
}

const tooMany = (retryAfter: number) =>
  rateLimited('Too many filings from this connection; try again later', retryAfter);

/** The answer stored under an idempotency key, and the filing buckets, in one BatchGetItem. */
async function readBeforeFiling(deps: SubmitDeps, keyHash: string | undefined, b: SubmitBuckets) {
  const wanted = [...(keyHash ? [keys.idempotency(keyHash)] : []), b.keys.client, b.keys.global];
  const out = await deps.store.db.send(
    new BatchGetCommand({
      RequestItems: { [deps.store.tableName]: { Keys: wanted, ConsistentRead: true } },
    }),
  );
  const items = out.Responses?.[deps.store.tableName] ?? [];
  const find = (k: { PK: string; SK: string }) => items.find((i) => i.PK === k.PK && i.SK === k.SK);
  return {
    idempotency: keyHash ? find(keys.idempotency(keyHash)) : undefined,
    seen: { client: tatOf(find(b.keys.client)), global: tatOf(find(b.keys.global)) },
  };
}

/** The first answer again, for a retry with the same key and body; the same key with another body is a 422. */
function replay(
  deps: SubmitDeps,
  item: Record<string, unknown>,
  requestHash: string,
  receipt: string,
): SubmitResult {
  if (item.requestHash !== requestHash) {
    throw invalid('idempotency key reused with another body', [
      { path: ['Idempotency-Key'], message: 'idempotency_mismatch' },
    ]);
  }
  const stored = item.response as Omit<SubmitResult['body'], 'receipt' | 'trackingUrl'>;
  return { status: 201, body: { ...stored, receipt, trackingUrl: deps.trackingUrl(receipt) } };
}
