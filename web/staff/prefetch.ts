/**
 * Starts the first requests of the view the address names before the rest of the page's code has
 * loaded and run: main.ts imports it first, and it needs only the API client and the pure request
 * builders. On a slow phone the wait for the data then overlaps the wait for the code (the bench's
 * throttled first queue render). A view takes its prefetched answer once, if recent; nothing else
 * changes.
 */
import { prefetch, session } from '../src/api.js';
import { firstRequests } from './requests.js';

const claims = session.token ? session.claims() : null;
if (claims) {
  document.documentElement.lang = localStorage.getItem('cm.lang') ?? 'vi';
  const committee = sessionStorage.getItem('cm.committee') ?? claims.committees[0] ?? '';
  for (const path of firstRequests(location.hash || '#/', claims.groups, committee)) prefetch(path);
}
