/**
 * Intake use case, public or at the desk: validate date-dependent rules, open the case, vault the
 * identity, chain the first audit event and write everything in one transaction, then start the
 * workflow. A desk filing (issue 13 §5) is recorded by a clerk of the committee: its clocks start on
 * the day it arrived, it counts against the clerk's own limit, and it takes a line of the
 * citizen-reception register in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { canonicalJson } from '../audit/canonical.js';
import { chainEvent, sha256 } from '../audit/chain.js';
import type { BlobStore } from '../blobs/blob-store.js';
import { type Actor, auditActor } from '../domain/actor.js';
import { localDate } from '../domain/calendar.js';
import { openCase } from '../domain/case.js';
import { namedStaff } from '../domain/conflicts.js';
import { checkArrival, type Desk } from '../domain/desk.js';
import { conflict, forbidden, invalid, rateLimited, unavailable } from '../domain/errors.js';
import { subjectLine } from '../domain/find.js';
import type { Intake } from '../domain/intake.js';
import { profileOn, servedDates } from '../domain/profiles/index.js';
import { attachItems } from '../store/attachments.js';
import { createCase, type StoreContext } from '../store/case-repository.js';
import { listCommittees } from '../store/committees.js';
import { keys } from '../store/keys.js';
import {
  DESK_LIMITS,
  type SubmitBuckets,
  type SubmitLimits,
  submitBuckets,
  submitLimitItems,
  tatOf,
} from '../store/rate-limits.js';
import { nextReceptionNumber, receptionLineItem } from '../store/reception-register.js';
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
  /** Recorded at the desk: by whom, how it came and when it arrived. */
  desk?: { actor: Actor & { type: 'staff' }; details: Desk };
}

const IDEMPOTENCY_TTL_SECONDS = 24 * 3600;

export interface SubmitResult {
  status: 201;
  body: {
    reference: string;
    /** Desk filings: the line of the citizen-reception register. */
    registerNumber?: number;
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
  const desk = deps.desk;
  const requestHash = sha256(canonicalJson(desk ? { intake, desk: desk.details } : intake));
  // A clerk's keys are their own: never answered with another's filing, nor with a public one.
  const scope = desk ? `desk\0${desk.actor.id}\0` : '';
  const keyHash = idempotencyKey ? sha256(`idem\0${scope}${idempotencyKey}`) : undefined;
  const receipt = keyHash ? derivedReceipt(deps.receiptKey, keyHash, requestHash) : newReceipt();
  if (desk && !desk.actor.committees.includes(intake.committee))
    throw forbidden('a desk records cases for its own committee only');

  // One read: an earlier answer under this key, and the client's and the global filing buckets.
  const buckets = desk
    ? submitBuckets(`staff\0${desk.actor.id}`, DESK_LIMITS, 'desk')
    : submitBuckets(deps.client.ip, deps.client.limits);
  const first = await readBeforeFiling(deps, keyHash, buckets);
  if (first.idempotency) return replay(deps, first.idempotency, requestHash, receipt);
  const seen = first.seen;
  const early = submitLimitItems(deps.store.tableName, buckets, seen, deps.now());
  if (early.refused) throw tooMany(early.refused.retryAfter);

  const committee = (await listCommittees(deps.store)).find((c) => c.committeeId === intake.committee);
  if (!committee) throw invalid('unknown committee', [{ path: ['committee'], message: 'unknown_committee' }]);
  const attachments = await checkAttachments(deps.store, deps.blobs, intake.attachments);
  const now = deps.now();
  const receivedOn = desk?.details.receivedOn ?? localDate(now);
  if (desk) checkArrival(receivedOn, localDate(now));
  const profile = desk
    ? profileServing(receivedOn, committee.profileId)
    : profileOn(receivedOn, committee.profileId);
  const caseId = randomUUID();
  const opened = openCase(intake, {
    caseId,
    random8: randomCode(8),
    now,
    profile,
    pseudonymTag: randomCode(2),
    ...(desk
      ? {
          desk: {
            channel: desk.details.channel,
            receivedOn,
            ...(desk.details.referral ? { referral: desk.details.referral } : {}),
          },
        }
      : {}),
  });
  // A member of the committee named in the case (denounced, respondent, a party) never sees it.
  const named = [...opened.case.namedPersons, ...opened.identity.otherParties.map((p) => p.fullName)];
  const excluded = named.length ? namedStaff(named, await committeeStaff(deps.store, intake.committee)) : [];
  const event = chainEvent(caseId, null, {
    at: now.toISOString(),
    actor: desk ? auditActor(desk.actor) : 'public',
    action: 'submit',
    from: null,
    to: opened.case.status,
    data: {
      kind: intake.kind,
      track: opened.case.track,
      ...(desk ? { channel: desk.details.channel, receivedOn } : {}),
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
  const registerNumber = desk
    ? await nextReceptionNumber(deps.store, intake.committee, receivedOn.slice(0, 4))
    : undefined;
  const body: SubmitResult['body'] = {
    reference: c.reference,
    ...(registerNumber ? { registerNumber } : {}),
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
    extra: [
      ...attachItems(deps.store.tableName, attachments, caseId),
      ...(desk && registerNumber
        ? [
            receptionLineItem(deps.store.tableName, intake.committee, {
              number: registerNumber,
              year: receivedOn.slice(0, 4),
              receivedOn,
              channel: desk.details.channel,
              ...(desk.details.referral ? { referral: desk.details.referral } : {}),
              caseId,
              reference: c.reference,
              kind: c.kind,
              content: subjectLine(c.content, 300),
              request: c.requestedOutcome?.slice(0, 500) ?? '',
              priorHandling: desk.details.priorHandling ?? '',
              recordedBy: desk.actor.id,
              recordedAt: now.toISOString(),
            }),
          ]
        : []),
    ],
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

/** The profile in force on the day received; a day no profile serves is a 422 naming the range. */
function profileServing(receivedOn: string, profileId?: string) {
  const { from, to } = servedDates(profileId);
  if (receivedOn < from || receivedOn > to)
    throw invalid(`dates served: ${from} to ${to}`, [
      { path: ['desk', 'receivedOn'], message: 'date_not_served', params: { from, to } },
    ]);
  return profileOn(receivedOn, profileId);
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
