/**
 * Every attachment named must have been reserved here, not used yet, uploaded whole, and be what it
 * claims to be: its first bytes are sniffed (an executable renamed .pdf is refused). One
 * BatchGetItem for all of them. Those that pass are kept (no longer expired as pending uploads).
 * Used by filing and by the filer's messages.
 */
import type { BlobStore } from '../blobs/blob-store.js';
import { attachmentSummarySchema, SNIFF_BYTES, sniff } from '../domain/attachments.js';
import { invalid } from '../domain/errors.js';
import { type AttachmentRecord, getAttachments } from '../store/attachments.js';
import type { StoreContext } from '../store/case-repository.js';

export async function checkAttachments(
  store: StoreContext,
  blobs: BlobStore,
  ids: readonly string[],
): Promise<AttachmentRecord[]> {
  const records = await getAttachments(store, [...new Set(ids)]);
  const issue = (i: number, message: string) =>
    invalid('bad attachment', [{ path: ['attachments', i], message }]);
  for (const [i, id] of ids.entries()) {
    const r = records.find((x) => x.attachmentId === id);
    if (!r) throw issue(i, 'unknown_attachment');
    if (r.state !== 'pending') throw issue(i, 'attachment_used');
    const peek = await blobs.peek(r.blobKey, SNIFF_BYTES);
    if (!peek) throw issue(i, 'attachment_not_uploaded');
    if (peek.size !== r.size) throw issue(i, 'attachment_size_mismatch');
    if (sniff(peek.head) !== r.contentType) throw issue(i, 'attachment_type_mismatch');
  }
  // Kept from here on: tagged filed before the case is saved, so a save that fails leaves an upload
  // kept, never one filed and then expired as pending.
  await Promise.all(records.map((r) => blobs.markFiled(r.blobKey)));
  return records;
}

/** The case's summary of its attachments. */
export const attachmentSummaries = (records: readonly AttachmentRecord[]) =>
  records.map((r) => attachmentSummarySchema.parse(r)); // z.object drops the record's state and caseId
