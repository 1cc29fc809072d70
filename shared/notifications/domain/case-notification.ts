import type { LocalizedText } from '../../platform/timeline/timeline-entry.js';

/** The kinds of case a notification can be about (a tender school counts as one), and the web page each opens on. */
export const CaseKinds = ['iop', 'match-case', 'tender-school'] as const;
export type CaseKind = (typeof CaseKinds)[number];

const PagePaths: Readonly<Record<CaseKind, string>> = { iop: '/arenden/', 'match-case': '/matchningar/', 'tender-school': '/anbudsskolor/' };

/** The web app's page of a case (the app's own paths, see web/src/router/routes.ts). */
export function casePageUrl(baseUrl: string, kind: CaseKind, caseId: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${PagePaths[kind]}${encodeURIComponent(caseId)}`;
}

/**
 * One material change of a case, as every recipient is told of it: which case
 * (by its title), what happened, what happens next and who acts by when. Read
 * from the notification event and the case as it is now, so "what to do" is
 * never stale.
 */
export interface CaseNotification {
  /** The event's deterministic id: one inbox item per recipient per event, however often it is delivered. */
  readonly eventId: string;
  readonly kind: CaseKind;
  readonly caseId: string;
  readonly reference: string;
  readonly title: string;
  /** Machine-readable entry type, e.g. "case-initiated". */
  readonly type: string;
  readonly at: string;
  readonly happened: LocalizedText;
  readonly next: LocalizedText;
  /** Who acts next: their organisations and roles, and a readable label. */
  readonly whoActs: { readonly orgs: readonly string[]; readonly roles: readonly string[]; readonly label: LocalizedText };
  readonly dueAt: string | null;
}

/** Is this reader among those who act next (their organisation named, or their role when no organisation is)? */
export function readerActs(notification: Pick<CaseNotification, 'whoActs'>, reader: { readonly org: string; readonly role: string }): boolean {
  const { orgs, roles } = notification.whoActs;
  if (orgs.length > 0) return orgs.includes(reader.org) && (roles.length === 0 || roles.includes(reader.role));
  return roles.includes(reader.role);
}
