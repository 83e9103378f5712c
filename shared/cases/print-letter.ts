/**
 * The printing view of a letter (DESIGN.md §3): a letter's addressee is a reference until someone
 * allowed to reveal identities prints it, with a written reason. The print is an audit event written
 * before anything is decrypted, like a reveal; the job remembers who printed it first.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { chainEvent } from '../audit/chain.js';
import { type Actor, auditActor } from '../domain/actor.js';
import { forbidden, notFound } from '../domain/errors.js';
import { type StoreContext, saveCase, untilSaved } from '../store/case-repository.js';
import { keys, stripKeys } from '../store/keys.js';
import { listPrintJobs, markPrinted } from '../store/print-jobs.js';
import { type KeyWrapper, openIdentity, type SealedIdentity } from '../vault/vault.js';
import { loadVisibleCase } from './act-on-case.js';

export interface PrintDeps {
  store: StoreContext;
  now: () => Date;
  keyWrapper: KeyWrapper;
}

type Staff = Actor & { type: 'staff' };
interface Addressee {
  name: string;
  organisation?: string;
  address: string;
}

/** The letters of a case, without addressees: any member who may read the case sees what waits. */
export async function printJobsOf(s: StoreContext, actor: Staff, caseId: string) {
  const c = await loadVisibleCase(s, actor, caseId, 'read');
  const jobs = await listPrintJobs(s, c.caseId);
  return jobs.map(({ body: _b, ...j }) => j);
}

export async function printLetter(
  deps: PrintDeps,
  actor: Staff,
  caseId: string,
  jobId: string,
  reason: string,
) {
  if (!actor.roles.includes('chair')) throw forbidden('printing a letter reveals its addressee: chair only');
  const { c, job, event } = await untilSaved(async () => {
    const c = await loadVisibleCase(deps.store, actor, caseId, 'reveal');
    const job = (await listPrintJobs(deps.store, c.caseId)).find((j) => j.jobId === jobId);
    if (!job) throw notFound('no such print job');
    const event = chainEvent(c.caseId, c, {
      at: deps.now().toISOString(),
      actor: auditActor(actor),
      action: 'letter_print',
      from: c.status,
      to: c.status,
      data: { job: job.jobId, recipient: job.recipient, reason },
    });
    await saveCase(deps.store, c, c, [event], { token: 'keep' });
    return { c, job, event };
  });
  await markPrinted(deps.store, c.caseId, job.jobId, actor.id, event.at);
  const addressee = await resolve(deps, c, job.recipient);
  return {
    jobId: job.jobId,
    reference: job.reference,
    noticeType: job.noticeType,
    locale: job.locale,
    subject: job.subject,
    body: job.body,
    addressee,
    printedAt: event.at,
  };
}

async function resolve(
  deps: PrintDeps,
  c: Awaited<ReturnType<typeof loadVisibleCase>>,
  recipient: string,
): Promise<Addressee> {
  const d = c.details as {
    accused?: { name: string; organisation?: string; address?: string };
    respondent?: { name: string; address: string };
  };
  if (recipient === 'accused' && d.accused)
    return { name: d.accused.name, organisation: d.accused.organisation, address: d.accused.address ?? '' };
  if (recipient === 'respondent' && d.respondent)
    return { name: d.respondent.name, address: d.respondent.address };
  const owner = c.identityOf ?? c.caseId;
  const item = await deps.store.db.send(
    new GetCommand({ TableName: deps.store.tableName, Key: keys.identity(owner) }),
  );
  if (!item.Item) throw notFound('no identity stored');
  const opened = await openIdentity(
    deps.keyWrapper,
    owner,
    stripKeys(item.Item) as unknown as SealedIdentity,
  );
  const person = (
    recipient === 'filer'
      ? opened.complainant
      : (opened.otherParties as unknown[] | undefined)?.[Number(recipient.split(':')[1])]
  ) as { fullName?: string; address?: string } | null | undefined;
  if (!person?.fullName) throw notFound('the addressee is not on file');
  return { name: person.fullName, address: person.address ?? '' };
}
