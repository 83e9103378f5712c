/**
 * The render task: a DocumentSpec becomes a PDF, stored under its SHA-256 (the document's identity).
 * Runs in its own function so pdfkit and the fonts stay out of the request path's bundles.
 */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import type { BlobStore } from '../blobs/blob-store.js';
import type { DocumentSpec } from '../domain/document-spec.js';
import { renderPdf } from './pdf.js';

export const renderRequestSchema = z.object({
  caseId: z.string().check(z.minLength(1), z.maxLength(100)),
  createdAt: z.iso.datetime(),
  spec: z.custom<DocumentSpec>((v) => typeof v === 'object' && v !== null && 'sections' in v),
});
export type RenderRequest = z.infer<typeof renderRequestSchema>;

export interface RenderedDocument {
  sha256: string;
  size: number;
  blobKey: string;
  renderMs: number;
}

export const documentBlobKey = (caseId: string, sha256: string) => `documents/${caseId}/${sha256}.pdf`;

export async function renderAndStore(blobs: BlobStore, req: RenderRequest): Promise<RenderedDocument> {
  const started = performance.now();
  const pdf = await renderPdf(req.spec, new Date(req.createdAt));
  const renderMs = performance.now() - started;
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const blobKey = documentBlobKey(req.caseId, sha256);
  await blobs.put(blobKey, pdf, 'application/pdf');
  return { sha256, size: pdf.length, blobKey, renderMs: Math.round(renderMs) };
}
