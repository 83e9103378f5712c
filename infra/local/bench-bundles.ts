/**
 * The cold path of every function (DESIGN.md §7): its bundle built as the CDK app builds it
 * (infra/aws/constructs/bundle.ts), the size a cold start imports (lazy chunks beside it),
 * and the time a fresh Node process takes to import it, side by side with importing only the AWS
 * SDK clients that bundle uses (external, as on Lambda): the ratio is what our own code adds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleFunction } from '../aws/constructs/bundle.js';
import { coldImport } from './bench-documents.js';
import type { Phase } from './progress.js';

export interface BundleRow {
  entry: string;
  /** What a cold start imports: the entry and its static chunks. */
  kb: number;
  /** Chunks loaded only by `await import()` on a rare path. */
  lazyKb: number;
  sdk: string[];
  importMs: number;
  sdkMs: number;
}

function entries(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir)) {
    const p = `${dir}/${f}`;
    if (statSync(p).isDirectory()) out.push(...entries(p));
    else if (p.endsWith('.ts') && !/registry\.ts$/.test(p)) out.push(p);
  }
  return out.sort();
}

export async function benchBundles(progress: Phase, runs = 5): Promise<BundleRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-bundles-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  execFileSync('ln', ['-s', resolve('node_modules'), join(dir, 'node_modules')]);
  const rows: BundleRow[] = [];
  for (const [i, entry] of entries('functions').entries()) {
    const output = await bundleFunction(entry, join(dir, `f${i}`));
    const sdk = output.external.filter((x) => x.startsWith('@aws-sdk/'));
    const sdkFile = join(dir, `s${i}.mjs`);
    writeFileSync(sdkFile, sdk.map((p) => `import ${JSON.stringify(p)};`).join('\n'));
    rows.push({
      entry: entry.replace('functions/', ''),
      kb: output.eagerBytes / 1024,
      lazyKb: output.lazyBytes / 1024,
      sdk,
      importMs: coldImport(output.entryFile, runs),
      sdkMs: coldImport(sdkFile, runs),
    });
    progress.tick();
  }
  return rows;
}

export const bundleCount = () => entries('functions').length;
