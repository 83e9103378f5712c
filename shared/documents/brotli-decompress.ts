/**
 * What fontkit imports from the `brotli` package (`brotli/decompress.js`, to read WOFF2 fonts),
 * answered by Node's own Brotli: the package is a 475 KB JavaScript port, half of the render
 * function's bundle, for a format our TrueType fonts never use. Bundles alias it here
 * (infra/aws/constructs/bundle.ts).
 */
import { brotliDecompressSync } from 'node:zlib';

export default function decompress(buffer: Uint8Array, _outputSize?: number): Uint8Array {
  return new Uint8Array(brotliDecompressSync(buffer));
}
