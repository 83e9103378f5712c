/**
 * Each function's bundle as the CDK app builds it (infra/aws/constructs/bundle.ts): what a cold start
 * imports stays within the 150 KB budget (issue 12 §5), the decision-document texts and the messages
 * are chunks loaded on the rare request that needs them, and the bundle imports and exposes a handler.
 * The render function is the one known exception: pdfkit and its font machinery (not on a plain request),
 * held to 460 KB, half of what it was while it carried a JavaScript Brotli port for WOFF2 fonts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BundleOutput, bundleFunction } from '../../infra/aws/constructs/bundle.js';

const BUDGET = 150 * 1024;
const EXEMPT = ['functions/tasks/documents/render-document.ts'];

function entries(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((f) => {
      const p = `${dir}/${f}`;
      return statSync(p).isDirectory()
        ? entries(p)
        : p.endsWith('.ts') && !p.endsWith('registry.ts')
          ? [p]
          : [];
    })
    .sort();
}

const dir = mkdtempSync(join(tmpdir(), 'cm-bundles-test-'));
const built = new Map<string, BundleOutput>();

beforeAll(async () => {
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  for (const [i, entry] of entries('functions').entries())
    built.set(entry, await bundleFunction(entry, join(dir, `f${i}`)));
}, 120_000);

describe('function bundles', () => {
  it('import at most 150 KB on a cold start (lazy chunks beside)', () => {
    const over = [...built]
      .filter(([entry, o]) => !EXEMPT.includes(entry) && o.eagerBytes > BUDGET)
      .map(([entry, o]) => `${entry}: ${(o.eagerBytes / 1024).toFixed(1)} KB`);
    expect(over).toEqual([]);
  });

  it('keep the render function to pdfkit and fontkit, with Node’s own Brotli for WOFF2', () => {
    const o = built.get('functions/tasks/documents/render-document.ts')!;
    expect(o.eagerBytes).toBeLessThan(460 * 1024);
  });

  it('keep the decision-document texts and the error messages out of what a cold start imports', () => {
    const o = built.get('functions/http/staff/post-action.ts')!;
    const eager = o.eagerFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
    const all = readdirSync(join(o.entryFile, '..', 'chunks'))
      .map((f) => readFileSync(join(o.entryFile, '..', 'chunks', f), 'utf8'))
      .join('\n');
    // A phrase from profiles/documents.ts and one from messages.ts (ASCII: esbuild escapes the rest).
    for (const phrase of [
      'Pursuant to the Law on Complaints of 11 November 2011',
      'A representative must be one of the signers',
    ]) {
      expect(all).toContain(phrase);
      expect(eager).not.toContain(phrase);
    }
    expect(o.lazyBytes).toBeGreaterThan(20 * 1024);
  });

  it('each import on Node and expose a handler', () => {
    const script = `for (const f of process.argv.slice(1)) { const m = await import(f); if (typeof m.handler !== 'function') throw new Error(f); }`;
    const files = [...built.values()].map((o) => resolve(o.entryFile));
    expect(() =>
      execFileSync(process.execPath, ['--input-type=module', '-e', script, ...files], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
