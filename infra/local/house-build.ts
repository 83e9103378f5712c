/**
 * A function bundled as the CDK app bundles it (infra/aws/constructs/house-function.ts): minified ESM
 * for Node 22, the AWS SDK external (Lambda's runtime provides it). For the bench's size and
 * cold-import measurements.
 */
import { build } from 'esbuild';

export async function buildLikeLambda(entry: string, outfile: string) {
  const r = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    outfile,
    external: ['@aws-sdk/*'],
    mainFields: ['module', 'main'],
    banner: { js: "import{createRequire}from'module';const require=createRequire(import.meta.url);" },
    logLevel: 'silent',
    metafile: true,
  });
  return Object.values(r.metafile.outputs)[0]!;
}
