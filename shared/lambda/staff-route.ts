/**
 * The handler of a staff route: routeHandler with the access-token check. Kept apart so that only
 * staff functions bundle the JWT library (DESIGN.md §7, cold path).
 */
import type { RouteDef } from '../api/route-def.js';
import { AuthError, bearer, verifyAccessToken } from '../auth/tokens.js';
import { type Authenticate, type HttpResult, type RouteRequest, routeHandler } from './http.js';
import { HttpError } from './problem.js';

const staffActor: Authenticate = async (headers) => {
  try {
    return await verifyAccessToken(bearer(headers.authorization));
  } catch (err) {
    if (err instanceof AuthError) {
      throw new HttpError(401, 'unauthorized', 'A valid access token is required', undefined, {
        'www-authenticate': 'Bearer',
      });
    }
    throw err;
  }
};

export function staffRouteHandler<const R extends RouteDef & { audience: 'staff' }>(
  def: R,
  fn: (req: RouteRequest<R>) => Promise<HttpResult>,
) {
  return routeHandler(def, fn, staffActor);
}
