/**
 * The OpenAPI 3.1 document, generated from the route table (shared/api/routes.ts) and only from it,
 * by zod-openapi (zod 4's own JSON Schema, with request schemas rendered as input and answers as
 * output, and path, query and header parameters from the same zod objects the handlers validate).
 */
import * as z from 'zod/mini';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import * as c from './contracts.js';
import { examples } from './examples.js';
import { commonErrors, type RouteDef, type Success } from './route-def.js';
import { routes } from './routes.js';

const problemSchema = c.problem.check(
  z.meta({
    id: 'Problem',
    examples: [
      {
        type: 'https://cong-minh.example/problems/422',
        title: 'invalid input',
        status: 422,
        detail: 'The request has invalid fields',
        errors: [{ path: 'body.content', code: 'too_small', message: 'Cần ít nhất 20 ký tự' }],
      },
    ],
  }),
);
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: problemSchema } },
});

/** 429 and 503 say when to come back. */
const retryAfter = {
  'Retry-After': {
    description: 'Seconds to wait before retrying',
    schema: { type: 'integer' as const, minimum: 1 },
  },
};

function success(ok: Success, example: unknown) {
  const content: Record<string, { schema: unknown; example?: unknown }> = {};
  if (ok.json)
    content['application/json'] = { schema: ok.json, ...(example === undefined ? {} : { example }) };
  if (ok.pdf)
    content['application/pdf'] = { schema: { type: 'string', contentMediaType: 'application/pdf' } };
  if (ok.csv) content['text/csv'] = { schema: { type: 'string', contentMediaType: 'text/csv' } };
  return { description: ok.description, ...(Object.keys(content).length ? { content } : {}) };
}

function operation(r: RouteDef): ZodOpenApiOperationObject {
  const responses: Record<string, unknown> = {};
  const ex = examples[r.id];
  for (const [status, ok] of Object.entries(r.ok)) responses[status] = success(ok, ex?.responses[status]);
  for (const [status, why] of Object.entries({ ...commonErrors(r), ...r.errors })) {
    responses[status] = {
      ...problem(why),
      ...(status === '429' || status === '503' ? { headers: retryAfter } : {}),
    };
  }
  const roles = r.roles ? ` Roles: ${r.roles.join(', ')}.` : '';
  return {
    operationId: r.id,
    summary: r.summary,
    description: `${r.access}.${roles}`,
    tags: [r.tag],
    security: r.audience === 'staff' ? [{ staff: [] }] : [],
    requestParams: {
      ...(r.request.params ? { path: r.request.params } : {}),
      ...(r.request.query ? { query: r.request.query as never } : {}),
      ...(r.request.headers ? { header: r.request.headers } : {}),
    },
    ...(r.request.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: r.request.body,
                ...(ex?.request === undefined ? {} : { example: ex.request }),
              },
            },
          },
        }
      : {}),
    responses: responses as ZodOpenApiOperationObject['responses'],
  };
}

export function openApiDocument(serverUrl: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const r of routes) {
    paths[r.path] = { ...paths[r.path], [r.method.toLowerCase()]: operation(r) };
  }
  return createDocument(
    {
      openapi: '3.1.0',
      info: {
        title: 'Công Minh API',
        version: '0.2.0',
        description:
          'Complaints, denunciations, petitions and disputes: public intake and tracking, staff case work. Errors are application/problem+json (RFC 9457).',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: serverUrl }],
      tags: [
        { name: 'public', description: 'Citizens: file, track, write, withdraw (no sign-in)' },
        { name: 'cases', description: 'Staff case work' },
        { name: 'leadership', description: 'Figures and periodic reports' },
        { name: 'admin', description: 'Staff, committees, grants and the admin log' },
      ],
      components: {
        securitySchemes: { staff: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      },
      paths,
    },
    { reused: 'ref' },
  );
}
