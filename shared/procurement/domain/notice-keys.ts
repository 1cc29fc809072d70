import type { Notice } from './notice.js';

// Free of zod (unlike notice.ts and its schemas), so the workflow tasks, the effects and the matching
// code that need these do not load the request schemas.

/** Where a notice sits in the newest-first list (`<createdAt>#<id>`): a page starts after the key of the last notice before it. */
export const noticeListKey = (n: Pick<Notice, 'createdAt' | 'id'>): string => `${n.createdAt}#${n.id}`;

/** The whole notice as a single target, when it has no lots. */
export const WHOLE_NOTICE_LOT = 'whole';
