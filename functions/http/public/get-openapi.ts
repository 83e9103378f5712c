import { openApiDocument } from '../../../shared/api/openapi.js';
import { GetOpenApi } from '../../../shared/api/routes/public.js';
import { routeHandler } from '../../../shared/lambda/http.js';

let doc: ReturnType<typeof openApiDocument> | undefined;

export const handler = routeHandler(GetOpenApi, async (req) => {
  doc ??= openApiDocument(req.headers['x-forwarded-prefix'] ?? '/');
  return { status: 200, body: doc, headers: { 'cache-control': 'public, max-age=300' } };
});
