import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../app-context.js';
import { Loading } from '../components/feedback.js';
import { PageHeading } from '../components/layout.js';

/** How a page on demand is fetched: a dynamic import of its module, picking the component. */
export type PageModuleLoader<P> = () => Promise<ComponentType<P>>;

type LoadState = 'loading' | 'failed' | 'ready';

/**
 * A page kept out of app.js: the build puts the module a dynamic `import()`
 * names into its own chunk, fetched the first time someone opens the page
 * (then kept). The page's module registers its own texts as it loads
 * (i18n/messages.ts), so they arrive with it. Until it is there the reader
 * sees a heading that says so (busy, so assistive technology and the browser
 * tests wait); when the fetch fails (offline, or a deployment replaced the
 * chunk) they can try again or reload.
 */
export function pageOnDemand<P extends object>(load: PageModuleLoader<P>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const loadOnce = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (page) => {
        loaded = page;
        return page;
      },
      (error: unknown) => {
        pending = undefined; // the next attempt fetches again
        throw error;
      },
    );
    return pending;
  };

  function PageOnDemand(props: P) {
    const [state, setState] = useState<LoadState>(loaded ? 'ready' : 'loading');
    const [attempt, setAttempt] = useState(0);
    const [refocus, setRefocus] = useState(false);

    useEffect(() => {
      if (loaded) return;
      let current = true;
      loadOnce().then(
        () => {
          if (!current) return;
          // After in-app navigation the app focused the placeholder heading; the real one takes over.
          setRefocus(document.activeElement?.id === 'page-heading');
          setState('ready');
        },
        () => current && setState('failed'),
      );
      return () => {
        current = false;
      };
    }, [attempt]);

    useEffect(() => {
      if (state === 'ready' && refocus) document.getElementById('page-heading')?.focus();
    }, [state, refocus]);

    if (state === 'ready' && loaded) {
      const Page = loaded;
      return <Page {...props} />;
    }
    const retry = () => {
      setState('loading');
      setAttempt((n) => n + 1);
    };
    return <PageNotYetHere failed={state === 'failed'} onRetry={retry} />;
  }
  return PageOnDemand;
}

function PageNotYetHere({ failed, onRetry }: { readonly failed: boolean; readonly onRetry: () => void }) {
  const { t } = useApp();
  if (!failed) {
    return (
      <section aria-busy="true">
        <PageHeading text={t('pageLoad.title')} />
        <Loading label={t('pageLoad.loading')} />
      </section>
    );
  }
  return (
    <section>
      <PageHeading text={t('pageLoad.failedTitle')} />
      <div class="notice error" role="alert">
        <p>{t('pageLoad.failed')}</p>
        <p class="actions">
          <button type="button" onClick={onRetry}>
            {t('pageLoad.retry')}
          </button>{' '}
          <button type="button" onClick={() => location.reload()}>
            {t('pageLoad.reload')}
          </button>
        </p>
      </div>
    </section>
  );
}
