/**
 * SDK clients are created once per process on first use (module scope, lazily so that the endpoint
 * overrides of the local runtime are read after they are set). Each client lives in its own module
 * under shared/aws/clients/, so a function's bundle imports only the SDK clients it uses (the SDK is
 * external on Lambda: an import there costs cold-start time whether or not the client is used).
 */
import { optionalEnv } from '../lambda/config.js';

/** One client per process, re-created only if its endpoint setting changes (a local runtime restarted in-process). */
export function once<T>(make: (endpoint: string | undefined) => T, endpointVar?: string): () => T {
  let value: { endpoint: string | undefined; client: T } | undefined;
  return () => {
    const endpoint = endpointVar ? optionalEnv(endpointVar) : undefined;
    if (!value || value.endpoint !== endpoint) value = { endpoint, client: make(endpoint) };
    return value.client;
  };
}
