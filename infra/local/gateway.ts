/**
 * Local stand-in for API Gateway HTTP API: turns requests under /api into API Gateway v2 events for
 * the same handler modules, and serves the local sign-in endpoints.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { passwordChangeRequest, refreshRequest, tokenRequest } from '../../shared/api/contracts.js';
import type { RouteDef as Route } from '../../shared/api/route-def.js';
import type { LocalSignIn } from './sign-in.js';

export type ApiHandler = (
  e: APIGatewayProxyEventV2,
  c: Context,
) => Promise<APIGatewayProxyStructuredResultV2>;

export const API_PREFIX = '/api';

/** The route whose handler is running, so measurements can attribute SDK calls to it. */
export const routeScope = new AsyncLocalStorage<string>();
/** API Gateway's own payload limit is 10 MB; nothing the API accepts is near it. */
const GATEWAY_MAX_BODY = 1024 * 1024;

interface CompiledRoute {
  route: Route;
  pattern: RegExp;
  params: string[];
  handler: ApiHandler;
}

export function compileRoute(route: Route, handler: ApiHandler): CompiledRoute {
  const params: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    params.push(name);
    return '([^/]+)';
  });
  return { route, handler, params, pattern: new RegExp(`^${source}$`) };
}

/** A Lambda context whose remaining time counts down from `timeoutMs` (the function's timeout). */
export function lambdaContext(functionName: string, timeoutMs = 29_000): Context {
  const end = Date.now() + timeoutMs;
  return {
    awsRequestId: randomUUID(),
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${functionName}`,
    memoryLimitInMB: '512',
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => end - Date.now(),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

function problem(res: ServerResponse, status: number, title: string) {
  send(
    res,
    status,
    { type: `https://cong-minh.example/problems/${status}`, title, status },
    { 'content-type': 'application/problem+json' },
  );
}

/** Past this the connection is cut instead of drained. */
const GATEWAY_HARD_CAP = 16 * GATEWAY_MAX_BODY;

/** Reads the body; null if over the limit (the rest is drained so the client reads the 413). */
async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req as AsyncIterable<Buffer>) {
    size += c.length;
    if (size > GATEWAY_HARD_CAP) {
      req.destroy();
      return null;
    }
    if (size <= GATEWAY_MAX_BODY) chunks.push(c);
  }
  return size > GATEWAY_MAX_BODY ? null : Buffer.concat(chunks);
}

export function toEvent(
  req: IncomingMessage,
  url: URL,
  cr: CompiledRoute,
  match: RegExpMatchArray,
  body: Buffer,
): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = query[k] === undefined ? v : `${query[k]},${v}`;
  const pathParameters = Object.fromEntries(cr.params.map((p, i) => [p, decodePathPart(match[i + 1] ?? '')]));
  const now = new Date();
  return {
    version: '2.0',
    routeKey: `${cr.route.method} ${cr.route.path}`,
    rawPath: url.pathname.slice(API_PREFIX.length),
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: Object.keys(query).length ? query : undefined,
    pathParameters: cr.params.length ? pathParameters : undefined,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: url.host,
      domainPrefix: 'local',
      http: {
        method: cr.route.method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: `${cr.route.method} ${cr.route.path}`,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    body: body.length ? body.toString('base64') : undefined,
    isBase64Encoded: body.length > 0,
  };
}

const MALFORMED = Symbol('malformed JSON');

/** The local sign-in endpoints' JSON body, or MALFORMED. */
async function readJson(req: IncomingMessage): Promise<unknown> {
  try {
    return JSON.parse((await readBody(req))?.toString('utf8') ?? '');
  } catch {
    return MALFORMED;
  }
}

/** Thrown for a path that is not valid percent-encoding: a 400, as API Gateway answers. */
class MalformedPath extends Error {
  override name = 'MalformedPath';
}

function decodePathPart(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new MalformedPath('malformed percent-encoding');
  }
}

/** Until the system is ready, only requests carrying this header (the seeders') are served. */
export const ADMISSION_HEADER = 'x-cm-admission';

export interface GatewayOptions {
  routes: CompiledRoute[];
  /** While it returns a value, other requests get 503 with Retry-After (seeding at start). */
  admission?: () => string | null;
  signIn: LocalSignIn;
  /** Extra handlers for non-API paths (web pages, dev outbox); return false to fall through. */
  extra?: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;
}

export function createGateway(opts: GatewayOptions): Server {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
      if (url.pathname === `${API_PREFIX}/local/auth/jwks.json` && req.method === 'GET') {
        return send(res, 200, opts.signIn.jwks());
      }
      const admission = opts.admission?.();
      if (admission && req.headers[ADMISSION_HEADER] !== admission) {
        req.resume();
        return send(
          res,
          503,
          {
            type: 'https://cong-minh.example/problems/503',
            title: 'starting: seeding the demo data',
            status: 503,
          },
          { 'content-type': 'application/problem+json', 'retry-after': '5' },
        );
      }
      if (url.pathname === `${API_PREFIX}/local/auth/token` && req.method === 'POST') {
        const parsed = await readJson(req);
        if (parsed === MALFORMED) return problem(res, 400, 'malformed JSON');
        const creds = tokenRequest.safeParse(parsed);
        if (!creds.success) return problem(res, 422, 'username and password are required');
        const token = await opts.signIn.issue(creds.data.username, creds.data.password);
        if (!token) return problem(res, 401, 'wrong username or password');
        if (token === 'change_required')
          return send(
            res,
            403,
            {
              type: 'https://cong-minh.example/problems/password_change_required',
              title: 'choose a new password (POST /local/auth/password)',
              status: 403,
            },
            { 'content-type': 'application/problem+json' },
          );
        return send(res, 200, { ...token, tokenType: 'Bearer' });
      }
      if (url.pathname === `${API_PREFIX}/local/auth/refresh` && req.method === 'POST') {
        const parsed = await readJson(req);
        if (parsed === MALFORMED) return problem(res, 400, 'malformed JSON');
        const r = refreshRequest.safeParse(parsed);
        if (!r.success) return problem(res, 422, 'refreshToken is required');
        const token = await opts.signIn.refresh(r.data.refreshToken);
        if (!token) return problem(res, 401, 'the session has ended; sign in again');
        return send(res, 200, { ...token, tokenType: 'Bearer' });
      }
      if (url.pathname === `${API_PREFIX}/local/auth/password` && req.method === 'POST') {
        const parsed = await readJson(req);
        if (parsed === MALFORMED) return problem(res, 400, 'malformed JSON');
        const change = passwordChangeRequest.safeParse(parsed);
        if (!change.success)
          return problem(res, 422, 'username, password and a new password of 12+ characters');
        const { username, password, newPassword } = change.data;
        const token = await opts.signIn.changePassword(username, password, newPassword);
        if (!token) return problem(res, 401, 'wrong username or password');
        return send(res, 200, { ...token, tokenType: 'Bearer' });
      }
      if (url.pathname.startsWith(`${API_PREFIX}/`)) {
        const path = url.pathname.slice(API_PREFIX.length);
        const candidates = opts.routes.filter((r) => r.pattern.test(path));
        if (candidates.length === 0) return problem(res, 404, 'not found');
        const cr = candidates.find((r) => r.route.method === req.method);
        if (!cr) return problem(res, 405, 'method not allowed');
        const body = await readBody(req);
        if (body === null) return problem(res, 413, 'payload too large');
        const match = path.match(cr.pattern)!;
        const event = toEvent(req, url, cr, match, body);
        const result = await routeScope.run(cr.route.id, () => cr.handler(event, lambdaContext(cr.route.id)));
        const headers = Object.fromEntries(
          Object.entries(result.headers ?? {}).filter(([, v]) => v !== undefined && v !== null),
        );
        res.writeHead(result.statusCode ?? 200, headers as Record<string, string>);
        return res.end(
          result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''),
        );
      }
      if (opts.extra && (await opts.extra(req, res, url))) return;
      problem(res, 404, 'not found');
    } catch (err) {
      if (err instanceof MalformedPath) return problem(res, 400, 'malformed path');
      // Technical fields only: never the request.
      console.error('gateway error', (err as Error)?.name, (err as Error)?.stack);
      if (!res.headersSent) problem(res, 500, 'internal error');
      else res.end();
    }
  });
  // Requests Node's parser refuses before any handler runs (headers over 16 KiB, malformed request
  // lines) get a problem+json too: 431 or 400, never a bare socket error.
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const status = err.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
    const title = status === 431 ? 'request header fields too large' : 'malformed request';
    const body = JSON.stringify({ type: `https://cong-minh.example/problems/${status}`, title, status });
    socket.end(
      `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `content-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
    );
  });
  return server;
}
