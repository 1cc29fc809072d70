import { array, enum as zEnum, optional, strictObject, string } from 'zod/mini';
import { InstantField } from '../../platform/http/contract/view-fields.js';

/**
 * What a consultation round records besides its question and answers: each
 * extension of the deadline, its closing (who answered and who did not, by
 * organisation id) and how the unit handled the answers.
 */
export const ConsultationRecordsView = {
  extensions: optional(
    array(strictObject({ previousDeadline: InstantField, deadline: InstantField, reason: optional(string()), by: string(), at: InstantField })),
  ),
  closed: optional(
    strictObject({
      at: InstantField,
      how: zEnum(['deadline', 'all-answered', 'early']),
      reason: optional(string()),
      answered: array(string()),
      unanswered: array(string()),
    }),
  ),
  handling: optional(strictObject({ text: string(), by: string(), at: InstantField })),
};
