/** The render bundle's stand-in for the `brotli` package gives back exactly what was compressed. */
import { randomBytes } from 'node:crypto';
import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import decompress from '../../shared/documents/brotli-decompress.js';

describe('brotli/decompress stand-in', () => {
  it('decompresses what Brotli compressed, as a Uint8Array', () => {
    const data = Buffer.concat([randomBytes(4096), Buffer.from('Công Minh '.repeat(300))]);
    const out = decompress(brotliCompressSync(data), data.length);
    expect(out).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(out).equals(data)).toBe(true);
  });

  it('throws on data that is not Brotli, as fontkit expects of a bad WOFF2', () => {
    expect(() => decompress(new Uint8Array([1, 2, 3, 4]))).toThrow();
  });
});
