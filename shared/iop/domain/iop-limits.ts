/**
 * How far a case may grow. Texts are bounded by their schemas (a meeting's
 * notes at most 20,000 characters); these bound the lists. Past a limit the
 * answer is 422 naming the field, never a failed write. A module of its own,
 * free of zod, so the workflow tasks that apply actions do not load the schemas.
 */
export const IopLimits = {
  meetingsPerCase: 1_000,
  draftVersionsPerCase: 500,
} as const;
