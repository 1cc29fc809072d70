import { array, enum as zEnum, optional, strictObject, string } from 'zod/mini';
import { InstantField } from '../../platform/http/contract/view-fields.js';
import { Principles } from '../domain/principles.js';

/** What a review records of hearing the parties: each party's position, and their joint reflection on the six principles. */
export const ReviewHearingView = {
  positions: optional(
    array(
      strictObject({
        orgId: string(),
        position: zEnum(['continue', 'revise', 'terminate', 'renew', 'close', 'abstain']),
        statement: string(),
        by: string(),
        at: InstantField,
      }),
    ),
  ),
  reflection: optional(
    strictObject({
      principles: strictObject(Object.fromEntries(Principles.map((p) => [p, string()])) as Record<(typeof Principles)[number], ReturnType<typeof string>>),
      orgId: string(),
      by: string(),
      at: InstantField,
    }),
  ),
};
