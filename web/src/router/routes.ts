/**
 * The app's pages and their paths. The server answers every non-API GET with
 * index.html, so these are real paths a reader can bookmark and share.
 */
export const Pages = {
  home: '/',
  signIn: '/logga-in',
  authCallback: '/auth/callback',
  cases: '/arenden',
  newCase: '/arenden/nytt',
  case: '/arenden/:id',
  agreement: '/arenden/:id/overenskommelse',
  reviewReport: '/arenden/:id/uppfoljningar/:number',
  decisions: '/beslut',
  notices: '/upphandlingar',
  newNotice: '/upphandlingar/ny',
  notice: '/upphandlingar/:id',
  matchCases: '/matchningar',
  matchCase: '/matchningar/:id',
  tenderSchool: '/anbudsskolor/:id',
  bidderProfile: '/anbudsprofil',
  bidderMatches: '/anbudsprofil/matchningar',
  register: '/register',
  inbox: '/inkorg',
  adminUsers: '/admin/anvandare',
  adminOrganisations: '/admin/organisationer',
  adminAudit: '/admin/andringslogg',
  interest: '/intresseanmalningar',
  wayIn: '/vag-in',
  wayInBody: '/vag-in/:id',
} as const;
export type PageName = keyof typeof Pages;

export interface RouteMatch {
  readonly page: PageName | 'notFound';
  readonly params: Readonly<Record<string, string>>;
}

function matchOne(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const value = got[i]!;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(value);
    else if (part !== value) return undefined;
  }
  return params;
}

/** Literal paths win over patterns ("/arenden/nytt" is the form, not case "nytt"). */
export function matchRoute(pathname: string): RouteMatch {
  const path = pathname.replace(/\/+$/, '') || '/';
  const entries = Object.entries(Pages) as [PageName, string][];
  const ordered = [...entries.filter(([, p]) => !p.includes(':')), ...entries.filter(([, p]) => p.includes(':'))];
  for (const [page, pattern] of ordered) {
    const params = matchOne(pattern, path);
    if (params) return { page, params };
  }
  return { page: 'notFound', params: {} };
}

/** A page's path with its parameters filled in (encoded). */
export function pathTo(page: PageName, params: Readonly<Record<string, string>> = {}): string {
  return Pages[page].replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}
