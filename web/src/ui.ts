/**
 * What the Preact pages (the workspace, the dashboard) share: a language switch that re-renders the
 * page in place (typed text and loaded data stay), loading data for a view, and the 401 path back to
 * sign-in. Text is always rendered as text: Preact never sets HTML from a string.
 */
import { type ComponentChildren, type ComponentType, Fragment, h, type JSX } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ApiError, problemText, session } from './api.js';
import { currentLang, type Lang, setLang, t } from './i18n.js';

/** The switch to the other language: every component showing words renders again, keeping its state. */
export function LanguageButton(): JSX.Element {
  const other: Lang = currentLang() === 'vi' ? 'en' : 'vi';
  return h(
    'button',
    {
      type: 'button',
      class: 'link',
      lang: other,
      onClick: () => setLang(other),
    },
    other === 'en' ? 'English' : 'Tiếng Việt',
  );
}

/** Signs out here and in the other tabs of this browser, then lets the page show sign-in. */
export const SignOutButton = ({ onSignedOut }: { onSignedOut: () => void }): JSX.Element =>
  h(
    'button',
    {
      type: 'button',
      class: 'link',
      onClick: () => {
        session.signOut();
        onSignedOut();
      },
    },
    t('signOut'),
  );

/** Leaves the page for sign-in, coming back to where the reader was afterwards. */
export function signInAgain(): void {
  session.clear();
  session.rememberReturn(location.hash || '#/');
  location.hash = '#/login';
}

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  /** Loads again in place; the page shows the old data until the new arrives. */
  reload: () => Promise<void>;
}

/**
 * Data for a view: loaded when the view mounts and when `deps` change. A 401 goes back to sign-in;
 * a load that finishes after the view moved on is dropped.
 */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: unknown }>({});
  const live = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++live.current;
    try {
      const data = await load();
      if (mine === live.current) setState({ data });
    } catch (error) {
      if (error instanceof ApiError && error.problem.status === 401) return signInAgain();
      if (mine === live.current) setState({ error });
    }
  }, deps);
  // Started as soon as the view is on the page, not after the next paint: on a slow phone the
  // request is the longest wait, so it goes out first.
  useLayoutEffect(() => {
    void reload();
    return () => {
      live.current++;
    };
  }, [reload]);
  return { data: state.data, error: state.error, reload };
}

/** A load's failure, said where the view would be. */
export const LoadError = ({ error }: { error: unknown }): JSX.Element =>
  h('p', { class: 'error', role: 'alert' }, problemText(error, t('error')));

/** The view, its error, or nothing while it loads (pages are a Query away; no spinner flashes). */
export function show<T>(loaded: Loaded<T>, view: (data: T) => ComponentChildren): JSX.Element | null {
  if (loaded.error) return h(LoadError, { error: loaded.error });
  if (loaded.data === undefined) return null;
  return h(Fragment, null, view(loaded.data));
}

/** Focuses the page's main region once a view has loaded, as a screen reader user expects. */
export function useFocusMain(ready: boolean): void {
  useEffect(() => {
    if (ready) document.getElementById('main')?.focus({ preventScroll: true });
  }, [ready]);
}

/**
 * A view whose code loads when it is first shown (a chunk of its own), so the page a person opens
 * first carries only what it draws. `preload` fetches it ahead, when the browser is idle.
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => void } {
  let view: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const fetchView = () => {
    loading ??= load().then((v) => {
      view = v;
      return v;
    });
    return loading;
  };
  function Lazy(props: P): JSX.Element | null {
    const [shown, setShown] = useState<ComponentType<P> | undefined>(() => view);
    useEffect(() => {
      if (!shown) void fetchView().then((v) => setShown(() => v));
    }, [shown]);
    return shown ? h(shown, props) : null;
  }
  return Object.assign(Lazy, {
    preload: () => {
      const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
      idle(() => void fetchView());
    },
  });
}
