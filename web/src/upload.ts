/**
 * A filer's document, from the file picker to the store: the type is taken from the name, the
 * SHA-256 is computed in the browser, an upload is reserved through the API (which checks type,
 * size and name against the same contract) and the file is PUT to the signed URL it returns.
 */
import type * as z from 'zod/mini';
import type { attachmentResponse } from '../../shared/api/contracts.js';
import {
  type AttachmentType,
  attachmentRequestSchema,
  attachmentTypes,
  extensionMatches,
  MAX_ATTACHMENT_BYTES,
} from '../../shared/domain/attachments.js';
import { issuesFromZod, issueText } from '../../shared/domain/messages.js';
import { api } from './api.js';
import { L, lang } from './i18n.js';

export interface Uploaded {
  attachmentId: string;
  fileName: string;
  contentType: AttachmentType;
  size: number;
  sha256: string;
}

export class UploadError extends Error {}

/** What the file picker accepts (the server still sniffs the content). */
export const acceptAttribute = Object.entries(attachmentTypes)
  .flatMap(([type, s]) => [type, ...s.extensions.map((e) => `.${e}`)])
  .join(',');

/** The declared type follows the name's extension (the API checks the content). */
const typeOf = (file: File): AttachmentType | null =>
  (Object.keys(attachmentTypes) as AttachmentType[]).find((t) => extensionMatches(file.name, t)) ?? null;

async function sha256Hex(file: File): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function uploadFile(file: File): Promise<Uploaded> {
  const contentType = typeOf(file);
  if (!contentType)
    throw new UploadError(L('Chỉ nhận tệp PDF, JPEG hoặc PNG.', 'Only PDF, JPEG or PNG files.'));
  if (file.size > MAX_ATTACHMENT_BYTES) {
    throw new UploadError(
      L(
        `Tệp quá lớn (tối đa ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB).`,
        `The file is too large (at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB).`,
      ),
    );
  }
  const request = { fileName: file.name, contentType, size: file.size, sha256: await sha256Hex(file) };
  const checked = attachmentRequestSchema.safeParse(request);
  if (!checked.success) {
    throw new UploadError(
      issuesFromZod(checked.error)
        .map((i) => issueText(i, lang))
        .join('; '),
    );
  }
  const reserved = await api<z.infer<typeof attachmentResponse>>('/public/attachments', {
    body: checked.data,
  });
  const put = await fetch(reserved.uploadUrl, { method: 'PUT', headers: reserved.uploadHeaders, body: file });
  if (!put.ok) throw new UploadError(L('Tải tệp lên không thành công.', 'The upload failed.'));
  return { attachmentId: reserved.attachmentId, ...request };
}

export const formatSize = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
