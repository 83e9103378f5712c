/**
 * How a function is bundled, in one place for the CDK app (house-function.ts) and the bench: minified
 * ESM for Node 22, the AWS SDK external (Lambda's runtime provides it), and code splitting, so a module
 * reached only through `await import()` (the decision-document texts, the error messages) becomes a
 * chunk beside the entry, loaded on the rare request that needs it instead of on every cold start.
 *
 * `eagerBytes` is what a cold start imports (the entry and the chunks it imports statically): that is
 * the figure held to the 150 KB budget (issue 12 §5); `lazyBytes` is the rest, reported beside it.
 */
import { fileURLToPath } from 'node:url';
import { type BuildOptions, build, buildSync, type Metafile } from 'esbuild';

/** Packages answered by smaller code of ours (see each target's comment). */
const alias = {
  'brotli/decompress.js': fileURLToPath(
    new URL('../../../shared/documents/brotli-decompress.ts', import.meta.url),
  ),
};

export interface BundleOutput {
  /** The entry module's path (`index.mjs` in the output directory). */
  entryFile: string;
  eagerBytes: number;
  lazyBytes: number;
  /** The files a cold start imports (paths as esbuild names them, relative to the working directory). */
  eagerFiles: string[];
  /** Modules left external (the AWS SDK clients the function imports). */
  external: string[];
}

const options = (entry: string, outdir: string, sourcemap: boolean) =>
  ({
    entryPoints: { index: entry },
    bundle: true,
    minify: true,
    splitting: true,
    format: 'esm' as const,
    platform: 'node' as const,
    target: 'node22',
    outdir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    external: ['@aws-sdk/*'],
    alias,
    // Vietnamese text as UTF-8 (2-3 bytes a letter) rather than \uXXXX escapes (6): the profiles,
    // notices and messages are mostly Vietnamese, so every bundle is smaller and loads faster.
    charset: 'utf8',
    mainFields: ['module', 'main'],
    sourcemap,
    banner: { js: "import{createRequire}from'module';const require=createRequire(import.meta.url);" },
    logLevel: 'warning' as const,
    metafile: true,
  }) satisfies BuildOptions;

function summarize(outdir: string, metafile: Metafile): BundleOutput {
  const outputs = Object.entries(metafile.outputs).filter(([file]) => !file.endsWith('.map'));
  const entry = outputs.find(([, o]) => o.entryPoint);
  if (!entry) throw new Error('esbuild produced no entry module');
  const byPath = new Map(outputs);
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const i of byPath.get(file)?.imports ?? [])
      if (i.kind === 'import-statement' && !i.external && byPath.has(i.path)) visit(i.path);
  };
  visit(entry[0]);
  let eagerBytes = 0;
  let lazyBytes = 0;
  const external = new Set<string>();
  for (const [file, o] of outputs) {
    if (eager.has(file)) eagerBytes += o.bytes;
    else lazyBytes += o.bytes;
    for (const i of o.imports) if (i.external && eager.has(file)) external.add(i.path);
  }
  return {
    entryFile: `${outdir}/index.mjs`,
    eagerBytes,
    lazyBytes,
    eagerFiles: [...eager],
    external: [...external].sort(),
  };
}

/** For the CDK app's local bundling, which must be synchronous; writes source maps. */
export function bundleFunctionSync(entry: string, outdir: string): BundleOutput {
  const r = buildSync(options(entry, outdir, true));
  return summarize(outdir, r.metafile);
}

/** For the bench: the same bundle, without source maps. */
export async function bundleFunction(entry: string, outdir: string): Promise<BundleOutput> {
  const r = await build(options(entry, outdir, false));
  return summarize(outdir, r.metafile);
}
