import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createApiClient } from './api/api-client.js';
import { AppContext, type AppContextValue } from './app-context.js';
import { restoreSession, saveSession, type Session } from './auth/session.js';
import type { RuntimeConfig } from './auth/runtime-config.js';
import { Layout, MenuOf } from './components/layout.js';
import type { Language, MessageKey } from './i18n/dictionary.js';
import { translate, type Params } from './i18n/translate.js';
import { matchRoute, type PageName } from './router/routes.js';
import { actingForOf } from './auth/acting-for.js';
import { AuthCallbackPage, SignInPage } from './pages/sign-in-page.js';
import { CasesPage } from './pages/cases-page.js';
import { NewCasePage } from './pages/new-case-page.js';
import { CasePage } from './pages/case-page.js';
import { DecisionsPage } from './pages/decisions-page.js';
import { NoticesPage } from './pages/notices-page.js';
import { NoticePage } from './pages/notice-page.js';
import { NewNoticePage } from './pages/new-notice-page.js';
import { MatchCasesPage } from './pages/match-cases-page.js';
import { MatchCasePage } from './pages/match-case-page.js';
import { BidderProfilePage } from './pages/bidder-profile-page.js';
import { BidderMatchesPage } from './pages/bidder-matches-page.js';
import { RegisterPage } from './pages/register-page.js';
import { NotFoundPage } from './pages/not-found-page.js';
import { InboxPage } from './pages/inbox-page.js';
import { WayInIndexPage, WayInPage } from './pages/way-in-page.js';
import { pageOnDemand } from './router/page-on-demand.js';

// Pages few people open, each its own chunk fetched on first use (web/build.ts), so app.js stays small.
const AdminUsersPage = pageOnDemand(() => import('./pages/admin/admin-users-page.js').then((m) => m.AdminUsersPage));
const AdminOrganisationsPage = pageOnDemand(() => import('./pages/admin/admin-log-pages.js').then((m) => m.AdminOrganisationsPage));
const AdminAuditPage = pageOnDemand(() => import('./pages/admin/admin-log-pages.js').then((m) => m.AdminAuditPage));
const InterestPage = pageOnDemand(() => import('./pages/admin/admin-log-pages.js').then((m) => m.InterestPage));
const AgreementPage = pageOnDemand(() => import('./pages/agreement-page.js').then((m) => m.AgreementPage));
const ReviewReportPage = pageOnDemand(() => import('./pages/review-report-page.js').then((m) => m.ReviewReportPage));
const TenderSchoolPage = pageOnDemand(() => import('./pages/tender-school-page.js').then((m) => m.TenderSchoolPage));

const LANGUAGE_KEY = 'iop.lang';
/** Pages anyone may open without signing in. */
const OpenPages: readonly (PageName | 'notFound')[] = ['signIn', 'authCallback', 'register', 'wayIn', 'wayInBody', 'notFound'];

function initialLanguage(): Language {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'sv';
}

export function App({ config }: { readonly config: RuntimeConfig }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const [session, setSessionState] = useState<Session | undefined>(restoreSession);
  const [path, setPath] = useState(location.pathname);
  const navigated = useRef(false);
  const sessionRef = useRef(session);
  sessionRef.current = session;

  // In the same task as the render, so the page never shows one language while saying it is in the other.
  useLayoutEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // After in-app navigation, focus moves to the new page's heading (not on first load: the skip link comes first).
  useEffect(() => {
    if (!navigated.current) return;
    document.getElementById('page-heading')?.focus();
  }, [path]);

  const value = useMemo<AppContextValue>(() => {
    const setSession = (next: Session | undefined) => {
      saveSession(next);
      setSessionState(next);
    };
    return {
      lang,
      t: (key: MessageKey, params?: Params) => translate(lang, key, params),
      setLang: (next) => {
        localStorage.setItem(LANGUAGE_KEY, next);
        setLangState(next);
      },
      config,
      session,
      setSession,
      api: createApiClient({
        baseUrl: config.apiUrl,
        token: () => sessionRef.current?.token,
        onUnauthorised: () => setSession(undefined),
        actingFor: () => actingForOf(sessionRef.current),
      }),
      navigate: (to) => {
        if (to !== location.pathname + location.search) history.pushState(null, '', to);
        navigated.current = true;
        setPath(location.pathname);
        scrollTo(0, 0);
      },
    };
  }, [lang, session, config]);

  const route = matchRoute(path);
  let page = route.page;
  if (page === 'home') page = session ? MenuOf[session.actor.role][0]! : 'signIn';
  const needsSignIn = !session && !OpenPages.includes(page);

  return (
    <AppContext.Provider value={value}>
      <Layout page={needsSignIn ? 'signIn' : page}>{needsSignIn ? <SignInPage /> : <PageOf page={page} params={route.params} />}</Layout>
    </AppContext.Provider>
  );
}

function PageOf({ page, params }: { readonly page: PageName | 'notFound'; readonly params: Readonly<Record<string, string>> }) {
  switch (page) {
    case 'signIn':
      return <SignInPage />;
    case 'authCallback':
      return <AuthCallbackPage />;
    case 'cases':
      return <CasesPage />;
    case 'newCase':
      return <NewCasePage />;
    case 'case':
      return <CasePage id={params.id ?? ''} />;
    case 'agreement':
      return <AgreementPage id={params.id ?? ''} />;
    case 'reviewReport':
      return <ReviewReportPage id={params.id ?? ''} number={params.number ?? ''} />;
    case 'decisions':
      return <DecisionsPage />;
    case 'notices':
      return <NoticesPage />;
    case 'newNotice':
      return <NewNoticePage />;
    case 'notice':
      return <NoticePage id={params.id ?? ''} />;
    case 'matchCases':
      return <MatchCasesPage />;
    case 'matchCase':
      return <MatchCasePage id={params.id ?? ''} />;
    case 'tenderSchool':
      return <TenderSchoolPage id={params.id ?? ''} />;
    case 'bidderProfile':
      return <BidderProfilePage />;
    case 'bidderMatches':
      return <BidderMatchesPage />;
    case 'register':
      return <RegisterPage />;
    case 'inbox':
      return <InboxPage />;
    case 'adminUsers':
      return <AdminUsersPage />;
    case 'adminOrganisations':
      return <AdminOrganisationsPage />;
    case 'adminAudit':
      return <AdminAuditPage />;
    case 'interest':
      return <InterestPage />;
    case 'wayIn':
      return <WayInIndexPage />;
    case 'wayInBody':
      return <WayInPage id={params.id ?? ''} />;
    case 'home':
    case 'notFound':
      return <NotFoundPage />;
  }
}
