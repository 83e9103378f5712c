/** Reading a case's documents: the list for staff, and the PDF bytes for staff or the filer. */
import type { BlobStore } from '../blobs/blob-store.js';
import type { Case } from '../domain/case.js';
import { fileSafe } from '../domain/decision.js';
import { notFound } from '../domain/errors.js';
import type { StoreContext } from '../store/case-repository.js';
import { type DocumentRecord, getDocument } from '../store/documents.js';

export interface PdfFile {
  bytes: Buffer;
  record: DocumentRecord;
}

/**
 * The bytes of a document of `c`. The filer reaches only what is addressed to them, and only once the
 * decision is issued; anything else is a 404, as for a document of another case.
 */
export async function readDocument(
  store: StoreContext,
  blobs: BlobStore,
  c: Case,
  documentId: string,
  audience: 'staff' | 'filer',
): Promise<PdfFile> {
  const record = await getDocument(store, c.caseId, documentId);
  const issuedToFiler = c.decision?.documents.some(
    (d) => d.documentId === documentId && d.audience === 'filer',
  );
  if (!record || (audience === 'filer' && (record.audience !== 'filer' || !issuedToFiler)))
    throw notFound('no such document for this case');
  const bytes = await blobs.get(record.blobKey);
  if (!bytes) throw notFound('the document file is missing');
  return { bytes, record };
}

export function pdfResponse(file: PdfFile) {
  const name = `${fileSafe(file.record.number ?? 'du-thao')}-${file.record.sha256.slice(0, 8)}.pdf`;
  return {
    status: 200,
    body: file.bytes,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${name}"`,
      'x-content-sha256': file.record.sha256,
    },
  };
}
