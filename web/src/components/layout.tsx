import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Role } from '../../../shared/iop/contract.js';
import { useApp } from '../app-context.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { pathTo, type PageName } from '../router/routes.js';
import { Link } from './link.js';
import { InboxLink } from './inbox-link.js';
import { ActingForSwitch } from './acting-for-switch.js';

/** Each kind of user's menu: their start page first. */
export const MenuOf: Record<Role | 'anonymous', readonly PageName[]> = {
  healthcare: ['cases', 'newCase', 'interest', 'overview', 'register'],
  civil: ['cases', 'newCase', 'bidderProfile', 'bidderMatches', 'matchCases', 'register'],
  approver: ['decisions', 'overview', 'register'],
  procurement: ['notices', 'newNotice', 'matchCases', 'overview', 'register'],
  admin: ['cases', 'adminUsers', 'adminOrganisations', 'adminAudit', 'interest', 'overview', 'register'],
  anonymous: ['signIn', 'wayIn', 'register'],
};

export function Layout({ page, children }: { readonly page: PageName | 'notFound'; readonly children: ComponentChildren }) {
  const { t, lang, setLang, session, setSession, navigate } = useApp();
  const menu = MenuOf[session?.actor.role ?? 'anonymous'];
  const other = lang === 'sv' ? 'en' : 'sv';
  return (
    <>
      <a class="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header class="site-header">
        <div class="header-inner">
          <Link href={pathTo('home')} class="brand">
            {t('app.name')}
          </Link>
          <div class="header-tools">
            {session && <InboxLink current={page === 'inbox'} />}
            {session && <p class="who">{t('layout.signedInAs', { name: session.actor.name, role: t(`role.${session.actor.role}` as MessageKey) })}</p>}
            <button type="button" class="link-button" lang={other} onClick={() => setLang(other)}>
              {t('layout.otherLanguage')}
            </button>
            {session && (
              <button
                type="button"
                class="link-button"
                onClick={() => {
                  setSession(undefined);
                  navigate(pathTo('signIn'));
                }}
              >
                {t('layout.signOut')}
              </button>
            )}
          </div>
        </div>
        <nav aria-label={t('layout.menu')}>
          <ul>
            {menu.map((name) => (
              <li key={name}>
                <Link href={pathTo(name)} current={name === page}>
                  {t(`nav.${name}` as MessageKey)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {session?.actor.role === 'civil' && <ActingForSwitch />}
        {children}
      </main>
      <footer class="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}

/** The page's one h1; it names the page in the tab title and takes focus after in-app navigation. */
export function PageHeading({ children, text }: { readonly children?: ComponentChildren; readonly text: string }) {
  const { t } = useApp();
  useEffect(() => {
    document.title = `${text} – ${t('app.name')}`;
  }, [text, t]);
  return (
    <h1 tabIndex={-1} id="page-heading">
      {children ?? text}
    </h1>
  );
}
