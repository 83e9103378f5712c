import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/http/routes.js';
import { openApiDocument } from '../../shared/api/openapi.js';

describe('OpenAPI document', () => {
  const doc = openApiDocument('/api');

  it('is OpenAPI 3.1 and documents every route', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const r of routes.filter((x) => x.path !== '/openapi.json' && x.id !== 'GetAudit')) {
      const paths = doc.paths as Record<string, Record<string, unknown>>;
      expect(paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
    }
  });

  it('carries the intake schema of every kind, strict', () => {
    const schema = JSON.stringify(
      doc.paths['/public/cases'].post.requestBody.content['application/json'].schema,
    );
    for (const kind of ['complaint', 'denunciation', 'petition', 'dispute'])
      expect(schema).toContain(`"const":"${kind}"`);
    expect(schema).toContain('"additionalProperties":false');
  });
});
