/**
 * The HTTP handler factory: one middy stack for every API function. Order: body limit, JSON parse,
 * authentication, validation, then the use case; errors become problem+json in one place.
 */
import { timingSafeEqual } from 'node:crypto';
import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { z } from 'zod/mini';
import { declaredStatuses, type RouteDef } from '../api/route-def.js';
import type { Actor } from '../domain/actor.js';
import { DomainError, type FieldIssue } from '../domain/errors.js';
import { issuesFromZod, type Locale, localeFrom } from '../domain/issues.js';
import { claimKey, idempotencyHashes, recordAnswer, releaseKey } from '../store/idempotency.js';
import { asOnAColdStart } from './cold-scope.js';
import { ENV } from './config.js';
import { clock, store } from './deps.js';
import { logger } from './logger.js';
import { HttpError, toProblem } from './problem.js';

export interface HttpRequest<B> {
  body: B;
  params: Record<string, string>;
  query: Record<string, string>;
  headers: Record<string, string>;
  locale: Locale;
  requestId: string;
  sourceIp: string;
}

export interface StaffRequest<B> extends HttpRequest<B> {
  actor: Actor & { type: 'staff' };
}

export interface HttpResult {
  status: number;
  /** JSON, a string sent as it is (CSV), or bytes (a PDF), sent base64-encoded. */
  body?: unknown;
  headers?: Record<string, string>;
}

type Schema = z.ZodMiniType;

interface Options {
  body?: Schema;
  /** Bytes; larger bodies get 413 before parsing. */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY = 64 * 1024;

/** Refuses bytes that are not UTF-8 instead of replacing them. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

type Handler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

function lowerHeaders(h: APIGatewayProxyEventV2['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) if (v !== undefined) out[k.toLowerCase()] = v;
  return out;
}

function parseBody(event: APIGatewayProxyEventV2, headers: Record<string, string>, opts: Options): unknown {
  if (!opts.body) return undefined;
  const raw = event.body ?? '';
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64') : Buffer.from(raw, 'utf8');
  if (bytes.length > (opts.maxBodyBytes ?? DEFAULT_MAX_BODY)) throw new HttpError(413, 'payload too large');
  const type = headers['content-type'] ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) throw new HttpError(415, 'expected application/json');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid UTF-8', 'The body is not valid UTF-8', [
      { path: [], message: 'invalid_utf8' },
    ]);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'malformed JSON', 'The body is not valid JSON', [
      { path: [], message: 'malformed_json' },
    ]);
  }
}

function respond(result: HttpResult): APIGatewayProxyStructuredResultV2 {
  // A string body is sent as it is, with the type the handler names (CSV reports); anything else is JSON.
  if (Buffer.isBuffer(result.body)) {
    return {
      statusCode: result.status,
      headers: { 'cache-control': 'no-store', ...result.headers },
      body: result.body.toString('base64'),
      isBase64Encoded: true,
    };
  }
  const raw = typeof result.body === 'string';
  return {
    statusCode: result.status,
    headers: {
      ...(result.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'cache-control': 'no-store',
      ...result.headers,
    },
    body: result.body === undefined ? undefined : raw ? (result.body as string) : JSON.stringify(result.body),
  };
}

/**
 * The headers every API answer carries (OWASP REST Security; what helmet gives a non-HTML answer, plus
 * a CSP that forbids everything, since the API never serves a page). Set here rather than through
 * `@middy/http-security-headers`, whose 4 KB of HTML-page machinery every bundle carried.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains; preload',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-permitted-cross-domain-policies': 'none',
};

const withSecurityHeaders = async (request: { response?: APIGatewayProxyStructuredResultV2 | null }) => {
  if (request.response) request.response.headers = { ...SECURITY_HEADERS, ...request.response.headers };
};

function build(
  run: (event: APIGatewayProxyEventV2, ctx: Context) => Promise<HttpResult>,
  def?: RouteDef,
): Handler {
  let started = 0;
  // One access line per request: route, status, duration. Never a path, query, header or body.
  const access = (event: APIGatewayProxyEventV2, status: number | undefined) =>
    logger.info('request', {
      route: event.routeKey,
      status,
      ms: Date.now() - started,
      requestId: event.requestContext?.requestId,
    });
  return middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
    .use({
      before: async () => {
        started = Date.now();
      },
      after: async (request) => access(request.event, request.response?.statusCode),
    })
    .use({ after: withSecurityHeaders, onError: withSecurityHeaders })
    .use({
      onError: async (request) => {
        const headers = lowerHeaders(request.event.headers);
        const locale = localeFrom(headers['accept-language']);
        const err = request.error;
        const status = err instanceof HttpError ? err.status : undefined;
        if (!status && !(err as Error)?.name?.startsWith('Domain')) {
          logger.error('unhandled error', {
            route: request.event.routeKey,
            error: (err as Error)?.name,
            stack: (err as Error)?.stack,
          });
        }
        const { problem, headers: extra } = await toProblem(err, locale);
        if (
          def &&
          process.env[ENV.checkResponses] === '1' &&
          problem.status !== 500 &&
          !declaredStatuses(def).includes(problem.status)
        ) {
          logger.error('undeclared response', { route: def.id, status: problem.status });
          problem.status = 500;
        }
        access(request.event, problem.status);
        request.response = {
          statusCode: problem.status,
          headers: {
            'content-type': 'application/problem+json; charset=utf-8',
            'cache-control': 'no-store',
            ...extra,
          },
          body: JSON.stringify(problem),
        };
      },
    })
    .handler(async (event, ctx) =>
      // In tests every request runs as on a cold function: lazily loaded texts must be loaded by it.
      process.env[ENV.checkResponses] === '1'
        ? asOnAColdStart(async () => respond(await run(event, ctx)))
        : respond(await run(event, ctx)),
    );
}

function baseRequest(event: APIGatewayProxyEventV2, headers: Record<string, string>) {
  return {
    params: (event.pathParameters ?? {}) as Record<string, string>,
    query: (event.queryStringParameters ?? {}) as Record<string, string>,
    headers,
    locale: localeFrom(headers['accept-language']),
    requestId: event.requestContext?.requestId ?? '',
    sourceIp: clientAddress(event, headers),
  };
}

/**
 * Behind CloudFront the viewer's address is in CloudFront-Viewer-Address (`ip:port`), not sourceIp
 * (CloudFront's own). It is believed only where CloudFront is the one way in (the origin secret is
 * configured and was checked); elsewhere anyone could send it.
 */
function clientAddress(event: APIGatewayProxyEventV2, headers: Record<string, string>): string {
  const viewer = behindCloudFront() ? headers['cloudfront-viewer-address'] : undefined;
  if (viewer) return viewer.replace(/:\d+$/, '');
  return event.requestContext?.http?.sourceIp ?? '';
}

const behindCloudFront = () => Boolean(process.env[ENV.originVerify]);

/** AWS: only requests forwarded by CloudFront (carrying its origin secret) are served. */
function assertFromEdge(headers: Record<string, string>): void {
  const want = process.env[ENV.originVerify];
  if (!want) return;
  const got = Buffer.from(headers['x-cm-origin-verify'] ?? '');
  const ok = got.length === want.length && timingSafeEqual(got, Buffer.from(want));
  if (!ok) throw new DomainError('forbidden', 'use the site’s own address');
}

/** The site's address: configured, or the host CloudFront's viewer function passed on. */
function siteBase(headers: Record<string, string>): string {
  const configured = process.env[ENV.publicBaseUrl];
  if (configured) return configured;
  const host = behindCloudFront() ? headers['x-cm-site-host'] : undefined;
  return host && /^[a-z0-9.-]+(:\d+)?$/i.test(host) ? `https://${host}` : '';
}

/** Who is calling, from the request's headers; throws HttpError 401 when no valid token is shown. */
export type Authenticate = (headers: Record<string, string>) => Promise<StaffRequest<unknown>['actor']>;

type Out<S> = S extends Schema ? z.output<S> : undefined;

/** What a route's handler receives: every part validated against the route table. */
export interface RouteRequest<R extends RouteDef> {
  params: Out<R['request']['params']>;
  query: Out<R['request']['query']>;
  body: Out<R['request']['body']>;
  /** All headers (lower-case names), the declared ones validated. */
  headers: Record<string, string> & Partial<Out<R['request']['headers']>>;
  locale: Locale;
  requestId: string;
  sourceIp: string;
  /** The site's own address as the viewer reached it (`https://host`), or '' where unknown. */
  siteBase: string;
  actor: R['audience'] extends 'staff' ? StaffRequest<unknown>['actor'] : undefined;
}

/** Validates one part of the request; issues carry the field path within that part. */
function check(schema: Schema | undefined, value: unknown, part: string, issues: FieldIssue[]): unknown {
  if (!schema) return undefined;
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  for (const i of issuesFromZod(r.error)) issues.push(part === 'headers' ? headerIssue(i) : i);
  return undefined;
}

/** Header issues name the header as it is written (`Idempotency-Key`). */
function headerIssue(i: FieldIssue): FieldIssue {
  const name = String(i.path[0] ?? '').replace(
    /(^|-)([a-z])/g,
    (_m, d: string, ch: string) => d + ch.toUpperCase(),
  );
  return { ...i, path: [name, ...i.path.slice(1)] };
}

/**
 * The handler of one route of shared/api/routes.ts: token (staff), role, then every part of the
 * request validated against the route's schemas (one 422 with the field paths); in tests, every
 * answer is checked against the statuses and schemas the route declares.
 */
export function routeHandler<const R extends RouteDef>(
  def: R,
  fn: (req: RouteRequest<R>) => Promise<HttpResult>,
  authenticate?: Authenticate,
): Handler {
  // Staff routes get the verifier from staff-route.ts, so public bundles carry no JWT library.
  if (def.audience === 'staff' && !authenticate) throw new Error(`${def.id}: use staffRouteHandler`);
  const opts = { body: def.request.body, maxBodyBytes: def.request.maxBodyBytes };
  return build(async (event) => {
    const headers = lowerHeaders(event.headers);
    assertFromEdge(headers);
    const actor = def.audience === 'staff' ? await authenticate!(headers) : undefined;
    if (actor && def.roles && !actor.roles.some((r) => def.roles!.includes(r)))
      throw new DomainError('forbidden', 'this role may not use this route');
    const missing = Object.entries(def.request.headers?.shape ?? {}).find(
      ([name, s]) => headers[name] === undefined && !(s as Schema).safeParse(undefined).success,
    );
    if (missing)
      throw new HttpError(
        400,
        'missing header',
        `The ${headerIssue({ path: [missing[0]], message: '' }).path[0]} header is required`,
      );
    const raw = parseBody(event, headers, opts);
    const issues: FieldIssue[] = [];
    const params = check(def.request.params, event.pathParameters ?? {}, 'params', issues);
    const query = check(def.request.query, event.queryStringParameters ?? {}, 'query', issues);
    const declared = check(def.request.headers, headers, 'headers', issues) as Record<string, string>;
    const body = check(def.request.body, raw, 'body', issues);
    if (issues.length) throw new HttpError(422, 'invalid input', 'The request has invalid fields', issues);
    const req = {
      ...baseRequest(event, headers),
      params,
      query,
      body,
      actor,
      headers: { ...headers, ...declared },
      siteBase: siteBase(headers),
    };
    const run = () => fn(req as RouteRequest<R>);
    const result = def.idempotent && headers['idempotency-key'] ? await once(def, req, run) : await run();
    if (process.env[ENV.checkResponses] === '1') checkResponse(def, result);
    return result;
  }, def);
}

/** An optional Idempotency-Key honoured: a retry with the same key and request gets the first answer. */
async function once(
  def: RouteDef,
  req: { params: unknown; body: unknown; headers: Record<string, string> },
  run: () => Promise<HttpResult>,
): Promise<HttpResult> {
  const s = store();
  const h = idempotencyHashes(def.id, req.headers['idempotency-key']!, {
    params: req.params,
    body: req.body,
  });
  const earlier = await claimKey(s, h, clock());
  if (earlier) return earlier;
  try {
    const result = await run();
    await recordAnswer(s, h.keyHash, { status: result.status, body: result.body });
    return result;
  } catch (err) {
    await releaseKey(s, h.keyHash);
    throw err;
  }
}

/** Tests only: an answer the route does not declare is a defect, reported as a 500. */
function checkResponse(def: RouteDef, result: HttpResult): void {
  const ok = def.ok[result.status];
  const why = !ok
    ? 'status not declared'
    : Buffer.isBuffer(result.body)
      ? ok.pdf
        ? undefined
        : 'bytes not declared'
      : typeof result.body === 'string'
        ? ok.csv
          ? undefined
          : 'text not declared'
        : schemaMismatch(ok.json, result.body);
  if (!why) return;
  logger.error('undeclared response', { route: def.id, status: result.status, why });
  throw new Error(`${def.id} answered ${result.status}: ${why}`);
}

function schemaMismatch(schema: Schema | undefined, body: unknown): string | undefined {
  const r = schema?.safeParse(body);
  if (!r) return undefined;
  if (!r.success) return JSON.stringify(issuesFromZod(r.error).slice(0, 5));
  // Parsing drops what the schema does not name: a field the contract does not declare is a defect too.
  const extra = undeclared(JSON.parse(JSON.stringify(body)), r.data);
  return extra.length ? `undeclared fields ${extra.slice(0, 5).join(', ')}` : undefined;
}

/** Paths present in an answer and absent from what its schema parsed out of it. */
function undeclared(sent: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed))
    return sent.flatMap((x, i) => undeclared(x, parsed[i], `${path}[${i}]`));
  if (!sent || typeof sent !== 'object' || !parsed || typeof parsed !== 'object') return [];
  const p = parsed as Record<string, unknown>;
  return Object.entries(sent).flatMap(([k, v]) =>
    k in p ? undeclared(v, p[k], `${path}.${k}`) : [`${path}.${k}`],
  );
}
