/**
 * The workspace's views beyond the queues and the inbox, each a chunk of its own loaded when first
 * shown, so the page a clerk opens first carries only what it draws.
 */
import { lazyView } from '../src/ui.js';

export const CaseView = lazyView(() => import('./case/page.js').then((m) => m.CaseView));
export const AdminView = lazyView(() => import('./admin.js').then((m) => m.AdminView));
export const RegisterView = lazyView(() => import('./register.js').then((m) => m.RegisterView));
export const AuditSearchView = lazyView(() => import('./audit.js').then((m) => m.AuditSearchView));
export const TrailView = lazyView(() => import('./audit.js').then((m) => m.TrailView));
/** A list is shown to open a case from it: the case page's code is fetched while the person reads. */
export const preloadCase = (): void => CaseView.preload();
