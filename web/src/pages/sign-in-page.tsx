import { useEffect, useState } from 'preact/hooks';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import type { DemoUser } from '../auth/runtime-config.js';
import { completeCognitoSignIn, listDemoUsers, signInLocally, startCognitoSignIn } from '../auth/sign-in.js';
import { Loading } from '../components/feedback.js';
import { MenuOf, PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { pathTo } from '../router/routes.js';
import { pick } from '../i18n/translate.js';

/**
 * The users one can sign in as locally: those config.json lists, else those
 * the local runtime seeded (GET /dev/users). The app keeps no list of its own,
 * so it never offers someone the runtime cannot mint a token for.
 */
function useDemoUsers(): { readonly users: readonly DemoUser[]; readonly loading: boolean } {
  const { config } = useApp();
  const listed = config.auth === 'local' ? config.demoUsers : undefined;
  const fetched = useResource(async () => (config.auth !== 'local' || listed ? [] : listDemoUsers()), 'dev-users');
  return { users: listed ?? fetched.data ?? [], loading: config.auth === 'local' && !listed && fetched.loading };
}

export function SignInPage() {
  const { t, lang, config, setSession, navigate, session } = useApp();
  const { users, loading: usersLoading } = useDemoUsers();
  const [busy, setBusy] = useState<string | undefined>(undefined);
  const [failed, setFailed] = useState(false);

  async function signIn(run: () => Promise<void>, who: string) {
    setBusy(who);
    setFailed(false);
    try {
      await run();
    } catch {
      setFailed(true);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <section aria-busy={busy || usersLoading ? 'true' : 'false'}>
      <PageHeading text={t('signIn.title')} />
      <p class="lead">{t('signIn.intro')}</p>
      {session && <p>{t('signIn.already', { name: session.actor.name })}</p>}
      {config.auth === 'local' ? (
        <>
          <h2>{t('signIn.localHeading')}</h2>
          <p>{t('signIn.localIntro')}</p>
          {usersLoading && <Loading label={t('signIn.loadingUsers')} />}
          {!usersLoading && users.length === 0 && (
            <p class="notice warn" role="alert">
              {t('signIn.noUsers')}
            </p>
          )}
          <ul class="user-choices">
            {users.map((user) => (
              <li key={user.sub}>
                <button
                  type="button"
                  class="choice"
                  disabled={busy !== undefined}
                  onClick={() =>
                    signIn(async () => {
                      const next = await signInLocally(user);
                      setSession(next);
                      navigate(location.pathname === pathTo('signIn') || location.pathname === '/' ? pathTo(MenuOf[next.actor.role][0]!) : location.pathname);
                    }, user.sub)
                  }
                >
                  <span class="choice-name">{t('signIn.as', { name: user.name })}</span>
                  <span class="choice-detail">
                    {t(`role.${user.role}` as MessageKey)} · {user.orgName ?? user.org}
                  </span>
                  {user.description && <span class="choice-detail">{pick(user.description, lang)}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <button type="button" class="primary" disabled={busy !== undefined} onClick={() => signIn(() => startCognitoSignIn(config), 'cognito')}>
          {t('signIn.cognito')}
        </button>
      )}
      {busy && <Loading label={t('signIn.busy')} />}
      {failed && (
        <p class="notice error" role="alert">
          {t('signIn.failed')}
        </p>
      )}
      <p>
        <Link href={pathTo('register')}>{t('signIn.registerLink')}</Link>
      </p>
    </section>
  );
}

/** Where Cognito sends the reader back after signing in. */
export function AuthCallbackPage() {
  const { t, config, setSession, navigate } = useApp();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (config.auth !== 'cognito') return;
    completeCognitoSignIn(config)
      .then((next) => {
        setSession(next);
        navigate(pathTo(MenuOf[next.actor.role][0]!));
      })
      .catch(() => setFailed(true));
  }, []);
  return (
    <section>
      <PageHeading text={t('signIn.title')} />
      {failed ? (
        <p class="notice error" role="alert">
          {t('signIn.failed')}
        </p>
      ) : (
        <Loading label={t('signIn.busy')} />
      )}
    </section>
  );
}
