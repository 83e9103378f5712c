import { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { PENDING_TAGGING, s3BlobStore } from '../../shared/blobs/blob-store.js';
import { attachmentRequestSchema, sniff } from '../../shared/domain/attachments.js';

const sha = 'a'.repeat(64);

describe('attachments', () => {
  it('tells the type from the content', () => {
    expect(sniff(Buffer.from('%PDF-1.7\n%âãÏÓ'))).toBe('application/pdf');
    expect(sniff(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(sniff(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(sniff(Buffer.from('MZ\x90\x00\x03\x00\x00\x00'))).toBeNull(); // a Windows executable
    expect(sniff(Buffer.from('\x7fELF\x02\x01\x01'))).toBeNull();
    expect(sniff(Buffer.from('<html><script>'))).toBeNull();
  });

  it('accepts PDF and images up to 10 MB whose extension matches, and nothing else', () => {
    const ok = { fileName: 'quyet-dinh.pdf', contentType: 'application/pdf', size: 1234, sha256: sha };
    expect(attachmentRequestSchema.safeParse(ok).success).toBe(true);
    expect(attachmentRequestSchema.safeParse({ ...ok, size: 20 * 1024 * 1024 }).success).toBe(false);
    expect(
      attachmentRequestSchema.safeParse({ ...ok, contentType: 'application/x-msdownload' }).success,
    ).toBe(false);
    expect(attachmentRequestSchema.safeParse({ ...ok, fileName: 'quyet-dinh.exe' }).success).toBe(false);
    expect(attachmentRequestSchema.safeParse({ ...ok, fileName: '../../etc/passwd.pdf' }).success).toBe(
      false,
    );
    expect(attachmentRequestSchema.safeParse({ ...ok, sha256: 'xyz' }).success).toBe(false);
    expect(attachmentRequestSchema.safeParse({ ...ok, extra: 1 }).success).toBe(false);
  });
});

describe('upload URLs in AWS', () => {
  it('sign the pending tag as a header, so an upload cannot escape the expiry of unfiled uploads', async () => {
    const s3 = new S3Client({
      region: 'ap-southeast-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    });
    const url = new URL(
      await s3BlobStore(s3, 'bucket').uploadUrl('uploads/2026-12/x', {
        contentType: 'application/pdf',
        size: 10,
        sha256: 'a'.repeat(64),
        expiresInSeconds: 900,
      }),
    );
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toContain('x-amz-tagging');
    expect(url.searchParams.has('x-amz-tagging')).toBe(false);
    expect(PENDING_TAGGING).toBe('state=pending');
  });
});
