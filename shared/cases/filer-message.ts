/**
 * A message from the filer, through the receipt: kept on the case for both sides to read, recorded in
 * the audit trail, documents attached like at filing. Bookkeeping (no new version): a staff member
 * working on the case is not interrupted by a 409.
 */
import { chainEvent } from '../audit/chain.js';
import type { BlobStore } from '../blobs/blob-store.js';
import type { Case } from '../domain/case.js';
import { conflict, notFound } from '../domain/errors.js';
import { attachItems } from '../store/attachments.js';
import { getCase, type StoreContext, saveCase, untilSaved } from '../store/case-repository.js';
import { attachmentSummaries, checkAttachments } from './check-attachments.js';

export interface MessageDeps {
  store: StoreContext;
  blobs: BlobStore;
  now: () => Date;
}

export const MAX_MESSAGES = 200;

export async function postFilerMessage(
  deps: MessageDeps,
  caseId: string,
  body: string,
  attachmentIds: readonly string[],
): Promise<{ at: string }> {
  // Messages only append: many at once each land, one after another (hence the generous tries).
  return untilSaved(async () => {
    const c = await getCase(deps.store, caseId);
    if (!c) throw notFound('no case for this receipt');
    if (c.status === 'closed') throw conflict('the case is closed; file a new letter');
    if (c.publicMessages.filter((m) => m.from === 'filer').length >= MAX_MESSAGES)
      throw conflict('too many messages on this case');
    const records = await checkAttachments(deps.store, deps.blobs, attachmentIds);
    const at = deps.now().toISOString();
    const event = chainEvent(c.caseId, c, {
      at,
      actor: 'public',
      action: 'filer_message',
      from: c.status,
      to: c.status,
      data: { body, attachments: attachmentIds },
    });
    const next: Case = {
      ...c,
      publicMessages: [
        ...c.publicMessages,
        { at, type: 'message', from: 'filer', text: { vi: body, en: body } },
      ],
      attachments: [...c.attachments, ...attachmentSummaries(records)],
    };
    await saveCase(deps.store, c, next, [event], {
      token: 'keep',
      extra: attachItems(deps.store.tableName, records, c.caseId),
    });
    return { at };
  }, 40);
}
