import type { Actor } from '../../platform/auth/actor.js';

/** What an administrator can change; each change is one audit entry. */
export const AuditActions = ['organisation-created', 'organisation-updated', 'user-invited', 'user-disabled', 'user-enabled', 'user-role-changed'] as const;
export type AuditAction = (typeof AuditActions)[number];

/**
 * One line of the audit log of a public body: who changed what, when, and the
 * changed fields before and after. Append-only, readable by that body's administrators.
 */
export interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly publicBody: string;
  readonly actor: { readonly sub: string; readonly name: string };
  readonly action: AuditAction;
  readonly subject: { readonly kind: 'organisation' | 'user'; readonly id: string; readonly name: string };
  readonly before: Readonly<Record<string, unknown>> | null;
  readonly after: Readonly<Record<string, unknown>> | null;
}

/**
 * The fields that differ between two versions of a record, each side holding
 * only those (so the log shows what changed, not the whole record).
 */
export function changedFields(
  before: Readonly<Record<string, unknown>> | undefined,
  after: Readonly<Record<string, unknown>>,
): { before: Record<string, unknown> | null; after: Record<string, unknown> } {
  if (before === undefined) return { before: null, after: { ...after } };
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const was: Record<string, unknown> = {};
  const now: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === 'version') continue;
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    if (before[key] !== undefined) was[key] = before[key];
    if (after[key] !== undefined) now[key] = after[key];
  }
  return { before: was, after: now };
}

export function auditEntry(
  actor: Actor,
  publicBody: string,
  at: Date,
  id: string,
  action: AuditAction,
  subject: AuditEntry['subject'],
  change: { before: Record<string, unknown> | null; after: Record<string, unknown> | null },
): AuditEntry {
  return { id, at: at.toISOString(), publicBody, actor: { sub: actor.sub, name: actor.name }, action, subject, ...change };
}
