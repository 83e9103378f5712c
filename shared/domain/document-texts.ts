/**
 * The decision-document texts (profiles/documents.ts, 19 KB) are a chunk of their own in the function
 * bundles (infra/aws/constructs/bundle.ts): a request that drafts, issues or shows a decision awaits
 * `loadDocumentTexts()` first; the lookups in decision.ts are synchronous and refuse to run before it.
 *
 * A warm function keeps the texts, so a path that forgot to load them would fail only on a cold start.
 * Tests therefore run each request in a scope of its own (shared/lambda/cold-scope.ts): there, texts
 * count as loaded only if this request loaded them, whatever other requests in the process did.
 */
type Texts = typeof import('./profiles/documents.js');

/** The current request's scope, where one is kept (tests); pure code cannot name node:async_hooks. */
export interface RequestScope {
  current(): { textsLoaded: boolean } | undefined;
}

let texts: Texts | undefined;
let scope: RequestScope | undefined;

export function useRequestScope(s: RequestScope): void {
  scope = s;
}

export async function loadDocumentTexts(): Promise<void> {
  texts ??= await import('./profiles/documents.js');
  const s = scope?.current();
  if (s) s.textsLoaded = true;
}

export function documentTexts(): Texts {
  if (!texts || scope?.current()?.textsLoaded === false)
    throw new Error('document texts used before loadDocumentTexts()');
  return texts;
}
