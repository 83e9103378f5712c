/**
 * The workspace's first script, a classic script loaded before the page's modules (web/vite.config.ts
 * builds it and puts it first in the page): it starts the GET requests of the view the address names —
 * a queue page and the tab counts, or the inbox's sections — while the modules load and run. The views
 * ask for the same paths (web/staff/requests.ts builds both) and take these answers (web/src/early.ts).
 * It sends nothing without a valid access token (a renewal is the API client's job).
 */
import { startEarly } from '../src/early.js';
import { claimsOf, storedCommittee, storedLang, validToken } from '../src/stored.js';
import { firstRequests } from './requests.js';

const token = validToken();
if (token) {
  const lang = storedLang();
  document.documentElement.lang = lang;
  const claims = claimsOf(token);
  const committee = storedCommittee(claims) ?? claims.committees[0] ?? '';
  for (const path of firstRequests(location.hash || '#/', claims.groups, committee))
    startEarly(path, token, lang);
}
