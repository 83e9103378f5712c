/**
 * The cold path of every function (DESIGN.md §7): its bundle built with the house options, its size,
 * and the time a fresh Node process takes to import it, side by side with importing only the AWS
 * SDK clients that bundle uses (external, as on Lambda): the ratio is what our own code adds.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { coldImport } from './bench-documents.js';
import { buildLikeLambda } from './house-build.js';
import type { Phase } from './progress.js';

export interface BundleRow {
  entry: string;
  kb: number;
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
    const out = join(dir, `f${i}.mjs`);
    const output = await buildLikeLambda(entry, out);
    const sdk = [
      ...new Set(
        output.imports.filter((x) => x.external && x.path.startsWith('@aws-sdk/')).map((x) => x.path),
      ),
    ].sort();
    const sdkFile = join(dir, `s${i}.mjs`);
    writeFileSync(sdkFile, sdk.map((p) => `import ${JSON.stringify(p)};`).join('\n'));
    rows.push({
      entry: entry.replace('functions/', ''),
      kb: output.bytes / 1024,
      sdk,
      importMs: coldImport(out, runs),
      sdkMs: coldImport(sdkFile, runs),
    });
    progress.tick();
  }
  return rows;
}

export const bundleCount = () => entries('functions').length;
