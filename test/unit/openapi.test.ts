import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples } from '../../shared/api/examples.js';
import { openApiDocument } from '../../shared/api/openapi.js';
import { declaredStatuses, type RouteDef } from '../../shared/api/route-def.js';
import { routes } from '../../shared/api/routes.js';

const require = createRequire(import.meta.url);
// biome-ignore lint/suspicious/noExplicitAny: the generated document is walked as plain JSON
type Json = any;

describe('OpenAPI document, generated from the route table', () => {
  const doc: Json = openApiDocument('/api');

  it('is OpenAPI 3.1 and lists every route of the table, and nothing else, each with every status it declares', () => {
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());
    const ids = new Set<string>();
    for (const r of routes) {
      const op = doc.paths[r.path][r.method.toLowerCase()];
      expect(op.operationId).toBe(r.id);
      ids.add(op.operationId);
      expect(Object.keys(op.responses).map(Number).sort(), r.id).toEqual(declaredStatuses(r));
      // Public operations say so (an empty requirement), staff ones name the bearer scheme.
      expect(op.security, r.id).toEqual(r.audience === 'staff' ? [{ staff: [] }] : []);
    }
    expect(ids.size).toBe(routes.length);
  });

  it('carries the intake schema of every kind, strict, and requires an Idempotency-Key', () => {
    const op = doc.paths['/public/cases'].post;
    const schema = JSON.stringify(doc.components?.schemas ?? {}) + JSON.stringify(op.requestBody);
    for (const kind of ['complaint', 'denunciation', 'petition', 'dispute'])
      expect(schema).toContain(`"const":"${kind}"`);
    expect(schema).toContain('"additionalProperties":false');
    expect(op.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ in: 'header', name: 'idempotency-key', required: true }),
      ]),
    );
  });

  it('passes Redocly’s recommended rules with no error and no warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-openapi-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(doc));
    const cli = require.resolve('@redocly/cli/bin/cli.js');
    const out = execFileSync(process.execPath, [cli, 'lint', file, '--format', 'json'], {
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = JSON.parse(out.slice(out.indexOf('{'))) as {
      totals: { errors: number; warnings: number };
    };
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);
});

describe('OpenAPI examples', () => {
  const doc: Json = openApiDocument('/api');

  it('shows a request example for every JSON body and an answer for every JSON success, each valid against its schema', () => {
    for (const r of routes as readonly RouteDef[]) {
      const ex = examples[r.id];
      if (r.request.body) {
        expect(ex?.request, `${r.id} request example`).toBeDefined();
        const parsed = r.request.body.safeParse(ex!.request);
        expect(parsed.success ? [] : parsed.error.issues, `${r.id} request`).toEqual([]);
        expect(
          doc.paths[r.path][r.method.toLowerCase()].requestBody.content['application/json'].example,
        ).toEqual(ex!.request);
      }
      for (const [status, ok] of Object.entries(r.ok)) {
        if (!ok.json || r.id === 'GetOpenApi') continue;
        const answer = ex?.responses[status];
        expect(answer, `${r.id} ${status} example`).toBeDefined();
        const parsed = ok.json.safeParse(answer);
        expect(parsed.success ? [] : parsed.error.issues, `${r.id} ${status}`).toEqual([]);
      }
    }
    // Nothing documented for a route or status that does not exist.
    for (const [id, ex] of Object.entries(examples)) {
      const r = (routes as readonly RouteDef[]).find((x) => x.id === id);
      expect(r, id).toBeDefined();
      for (const status of Object.keys(ex.responses))
        expect(r!.ok[Number(status)], `${id} ${status}`).toBeDefined();
    }
  });
});
