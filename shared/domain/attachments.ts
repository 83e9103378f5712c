/**
 * Attachments: which files a filer may send, and how their type is told from their content (never
 * from the name or the declared type alone).
 */
import * as z from 'zod/mini';

export const attachmentTypes = {
  'application/pdf': { extensions: ['pdf'], magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] }, // %PDF-
  'image/jpeg': { extensions: ['jpg', 'jpeg'], magic: [[0xff, 0xd8, 0xff]] },
  'image/png': { extensions: ['png'], magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
} as const;
export type AttachmentType = keyof typeof attachmentTypes;

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;
/** Bytes read back after an upload to check the content's type. */
export const SNIFF_BYTES = 16;

export const attachmentRequestSchema = z
  .strictObject({
    fileName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200), z.regex(/^[^/\\\p{Cc}]+$/u)),
    contentType: z.enum(Object.keys(attachmentTypes) as [AttachmentType, ...AttachmentType[]]),
    size: z.int().check(z.gte(1), z.lte(MAX_ATTACHMENT_BYTES)),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  })
  .check(
    z.refine((a) => extensionMatches(a.fileName, a.contentType), {
      path: ['fileName'],
      message: 'extension_mismatch',
    }),
  );
export type AttachmentRequest = z.infer<typeof attachmentRequestSchema>;

/** A document as the case knows it (where it is stored stays server-side). */
export const attachmentSummarySchema = z.object({
  attachmentId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.int(),
  sha256: z.string(),
  blobKey: z.string(),
});

export function extensionMatches(fileName: string, type: AttachmentType): boolean {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  return (attachmentTypes[type].extensions as readonly string[]).includes(ext);
}

/** The type the first bytes show, or null if they are none of the allowed types. */
export function sniff(head: Uint8Array): AttachmentType | null {
  for (const [type, spec] of Object.entries(attachmentTypes) as [
    AttachmentType,
    (typeof attachmentTypes)[AttachmentType],
  ][]) {
    if (spec.magic.some((m) => m.every((b, i) => head[i] === b))) return type;
  }
  return null;
}
