/**
 * The shape of a route declaration (shared/api/routes.ts) and what follows from it, without the
 * table itself, so a function's bundle carries only its own route.
 */
import type * as z from 'zod/mini';
import type { StaffRole } from '../domain/actor.js';
import type { Needs } from './needs.js';

export type Method = 'GET' | 'POST' | 'PUT';

/** A success answer: JSON with its schema, a PDF, or JSON-or-CSV. */
export interface Success {
  description: string;
  json?: z.ZodMiniType;
  pdf?: true;
  /** Also served as text/csv (a report with `format=csv`). */
  csv?: true;
}

export interface RouteDef {
  /** Stable id: the Lambda's construct id and the OpenAPI operationId. */
  id: string;
  method: Method;
  path: string;
  summary: string;
  tag: 'public' | 'cases' | 'leadership' | 'admin';
  /** Module under functions/http, exporting `handler`. */
  entry: string;
  audience: 'public' | 'staff';
  /** Staff roles that may call it at all (object-level rules follow in the use case). */
  roles?: readonly StaffRole[];
  /** One sentence on who may do what, for the contract. */
  access: string;
  request: {
    params?: z.ZodMiniObject;
    query?: z.ZodMiniType;
    headers?: z.ZodMiniObject;
    body?: z.ZodMiniType;
    /** Bytes; larger bodies get 413 before parsing (default 64 KiB). */
    maxBodyBytes?: number;
  };
  /** Success statuses with their body, and the route's own error statuses with their meaning. */
  ok: Record<number, Success>;
  errors?: Record<number, string>;
  needs: Needs;
  /**
   * An optional Idempotency-Key is honoured by the handler factory (shared/store/idempotency.ts):
   * a retry gets the first answer. Filing handles its (required) key in its own transaction.
   */
  idempotent?: true;
  /** Public, cacheable (the response sets its own cache-control). */
  cache?: true;
}

export function route<const R extends RouteDef>(r: R): R {
  return r;
}

/** Errors every route may answer, by what it takes. */
export function commonErrors(r: RouteDef): Record<number, string> {
  const out: Record<number, string> = {
    400: 'Malformed path, query or JSON, or invalid UTF-8',
  };
  if (r.request.params || r.request.query || r.request.headers || r.request.body)
    out[422] = 'Invalid input, with the field errors';
  if (r.request.body) {
    out[413] = 'Body too large';
    out[415] = 'Not application/json';
  }
  // In AWS only CloudFront may call the API (its origin secret); anything else is a 403.
  out[403] = 'Not through the site’s own address';
  if (r.audience === 'staff') {
    out[401] = 'No or invalid access token';
    out[403] = 'Role, committee or recusal; or not through the site’s own address';
  }
  return out;
}

/** Every status a route may answer: its successes, its own errors and the common ones. */
export function declaredStatuses(r: RouteDef): number[] {
  return [
    ...new Set([
      ...Object.keys(r.ok).map(Number),
      ...Object.keys(r.errors ?? {}).map(Number),
      ...Object.keys(commonErrors(r)).map(Number),
    ]),
  ].sort();
}

/** The JSON body a route answers with a status (200 unless named), as the web pages read it. */
export type ResponseOf<R extends RouteDef, S extends keyof R['ok'] = 200> = R['ok'][S] extends {
  json: infer J extends z.ZodMiniType;
}
  ? z.output<J>
  : never;

/** The JSON body a route takes. */
export type RequestOf<R extends RouteDef> = R['request']['body'] extends infer B extends z.ZodMiniType
  ? z.input<B>
  : never;
