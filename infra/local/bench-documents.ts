/**
 * The render function's figures for `npm run bench`: render time per document (p50/p95 over every
 * track's issued document and a draft), and the cold import of its bundle beside the SDK client it
 * uses, each in a fresh Node process.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderPdf } from '../../shared/documents/pdf.js';
import type { Case } from '../../shared/domain/case.js';
import { documentRulesOf, nextStepsFor } from '../../shared/domain/decision.js';
import { documentSpec } from '../../shared/domain/document-spec.js';
import { rulesFor, tracks } from '../../shared/domain/profile.js';
import { profileOn } from '../../shared/domain/profiles/index.js';
import { bundleFunction } from '../aws/constructs/bundle.js';

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1))]!;

export async function benchRendering(
  runs: number,
): Promise<{ p50: number; p95: number; n: number; bytes: number }> {
  const profile = profileOn('2026-12-01');
  const committee = {
    name: { vi: 'Ủy ban Kiểm tra số 1', en: 'Inspection Committee 1' },
    symbol: 'UBKT1',
    place: 'Hà Nội',
  };
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const track = tracks[i % tracks.length]!;
    const rules = rulesFor(profile, track);
    const c = {
      reference: `KN-2612-BENCH${i}`,
      pseudonym: 'Người gửi đơn #B1',
      receivedOn: '2026-11-20',
      track,
      remoteArea: false,
    } as Case;
    const draft = Object.fromEntries(
      documentRulesOf(profile, { track }).parts.map((p) => [
        p.code,
        `${p.label.vi}: ${'Nội dung xác minh chi tiết tại địa phương. '.repeat(8)}`,
      ]),
    );
    const issue =
      i % 5 === 0
        ? undefined
        : {
            number: `${i + 1}/${documentRulesOf(profile, { track }).symbol}-UBKT1`,
            issuedOn: '2026-12-01',
            signerName: 'Nguyễn Văn Bình',
          };
    const spec = documentSpec({
      c,
      profile,
      committee,
      draft,
      outcome: rules.outcomes[0]!.code,
      locale: 'vi',
      issue,
      nextSteps: issue ? nextStepsFor(c, profile, issue.issuedOn, rules.outcomes[0]!.code) : undefined,
    });
    const started = performance.now();
    const pdf = await renderPdf(spec, new Date());
    times.push(performance.now() - started);
    bytes += pdf.length;
  }
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95), n: runs, bytes: Math.round(bytes / runs) };
}

/** Median of `runs` cold imports (each in a fresh process) of a module file. */
export function coldImport(file: string, runs = 5): number {
  const script = `const t=performance.now();await import(${JSON.stringify(file)});console.log(performance.now()-t)`;
  const xs = Array.from({ length: runs }, () =>
    Number(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim(),
    ),
  );
  return quantile(xs, 0.5);
}

export async function benchRenderCold(): Promise<{ bundleKB: number; importMs: number; sdkMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-render-'));
  const output = await bundleFunction('functions/tasks/documents/render-document.ts', join(dir, 'render'));
  const out = output.entryFile;
  const sdk = join(dir, 'sdk.mjs');
  // The SDK client the function uses, imported from the project's node_modules as Lambda's runtime would.
  writeFileSync(
    sdk,
    `import ${JSON.stringify(resolve('node_modules/@aws-sdk/client-s3/dist-cjs/index.js'))};`,
  );
  const bundleKB = (output.eagerBytes + output.lazyBytes) / 1024;
  // The bundle resolves @aws-sdk from the project (external), like the Lambda runtime's copy.
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  execFileSync('ln', ['-s', resolve('node_modules'), join(dir, 'node_modules')]);
  return { bundleKB, importMs: coldImport(out), sdkMs: coldImport(sdk) };
}
