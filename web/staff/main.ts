/**
 * The committee workspace: sign in, an inbox per role, queues by stage ordered by due date, and the
 * case page with its deadlines, timeline, messages and the actions the signed-in person may take now.
 * Pages are Preact components: the address picks the view, a change renders only what changed, and
 * what a person typed survives a re-render (a language switch, a conflict, a reload of the case).
 */
import { signal } from '@preact/signals';
import { h, type JSX, render } from 'preact';
import { useEffect } from 'preact/hooks';
import { session } from '../src/api.js';
import { currentLang, L, lang, t } from '../src/i18n.js';
import { SignInForm } from '../src/sign-in.js';
import { LanguageButton, SignOutButton } from '../src/ui.js';
import { InboxView } from './inbox.js';
import { listenForNextKey } from './next-case.js';
import { FindView, isInvestigatorOnly, QueueView } from './queue.js';
import { addressOf, filtersOf, queueTab, worksOnCases as worksWithCases } from './requests.js';
import { AdminView, AuditSearchView, CaseView, RegisterView, TrailView } from './views.js';

/** The page address; views are chosen from it and keyed by it. */
const address = signal(location.hash || '#/');
window.addEventListener('hashchange', () => {
  address.value = location.hash || '#/';
});
/** Moved on when a session is borrowed from another tab, so the page renders signed in. */
const borrowed = signal(0);

const worksOnCases = () => worksWithCases(session.claims()?.groups ?? []);

/** The bar: who is signed in and where they may go. Given the claims, so it follows a sign-in or out. */
function Header({ claims }: { claims: ReturnType<typeof session.claims>; hash: string }): JSX.Element {
  const groups = claims?.groups ?? [];
  const link = (href: string, label: string) => h('a', { href, class: 'nav' }, label);
  return h(
    'div',
    { class: 'bar' },
    h('a', { href: '#/', class: 'brand' }, t('appName')),
    claims
      ? h(
          'span',
          { class: 'who' },
          `${claims.username} · ${claims.groups.join(', ')} · ${claims.committees.join(', ')}`,
        )
      : null,
    claims && worksOnCases() ? link('#/queue', t('queue')) : null,
    groups.includes('intake') ? link('/file/?desk', L('Nhận đơn tại quầy', 'Desk intake')) : null,
    groups.some((g) => g === 'intake' || g === 'chair')
      ? link('#/register', L('Sổ tiếp công dân', 'Reception register'))
      : null,
    groups.includes('auditor') ? link('#/audit', L('Kiểm tra nhật ký', 'Audit trails')) : null,
    groups.includes('admin') ? link('#/admin', L('Quản trị', 'Administration')) : null,
    groups.includes('leadership') ? link('/dashboard', L('Bảng điều hành', 'Dashboard')) : null,
    h(LanguageButton, {}),
    claims
      ? h(SignOutButton, {
          onSignedOut: () => {
            location.hash = '#/login';
          },
        })
      : null,
  );
}

function LoginView(): JSX.Element {
  return h(SignInForm, {
    onSignedIn: () => {
      // Leadership works with figures only: its page is the dashboard.
      if (session.claims()?.groups.every((g) => g === 'leadership')) location.assign('/dashboard');
      // Back to where the link pointed (a case opened in a new tab), else the inbox.
      else location.hash = session.takeReturn() ?? '#/';
    },
  });
}

/** The view an address names (`#/queue/screening?q=…`, `#/case/<id>`, …). */
function viewOf(hash: string): JSX.Element | null {
  const claims = session.claims();
  const { view, arg, query } = addressOf(hash);
  if (view === 'login') return h(LoginView, {});
  if (claims?.groups.join() === 'leadership') {
    location.assign('/dashboard');
    return null;
  }
  const adminOnly = claims?.groups.join() === 'admin';
  if (view === 'admin' || (adminOnly && !arg)) return h(AdminView, {});
  if (view === 'case' && arg) return h(CaseView, { caseId: arg });
  if (view === 'register') return h(RegisterView, {});
  if (view === 'inbox' || (!view && worksOnCases())) return h(InboxView, {});
  if (view === 'audit' || (!view && claims?.groups.includes('auditor')))
    return h(AuditSearchView, { reference: arg ?? '' });
  if (view === 'trail' && arg) return h(TrailView, { caseId: arg });
  if (view === 'find' && arg) return h(FindView, { reference: arg });
  const filters = filtersOf(query);
  return h(QueueView, { stage: queueTab(arg, filters, isInvestigatorOnly()), filters });
}

function App(): JSX.Element | null {
  const hash = address.value;
  void currentLang();
  void borrowed.value;
  // A link opened in a new tab: borrow the session of an open tab, else sign in and come back.
  const signedOut = !session.active && hash !== '#/login';
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appName');
    if (!signedOut) return;
    void session.borrow().then((ok) => {
      if (ok) borrowed.value++;
      else {
        session.rememberReturn(hash);
        location.hash = '#/login';
      }
    });
  });
  if (signedOut) return null;
  // Keyed by the address: a new address is a new view; the same one re-renders in place.
  return h('div', { key: hash }, viewOf(hash));
}

function Top(): JSX.Element {
  void currentLang();
  return h(Header, { claims: session.claims(), hash: address.value });
}

listenForNextKey();
render(h(Top, {}), document.getElementById('top')!);
render(h(App, {}), document.getElementById('main')!);
