/** The AWS SDK error's name (e.g. 'ExecutionAlreadyExists'); undefined for anything else thrown. */
export const errorName = (error: unknown): string | undefined => (error as { name?: string } | undefined)?.name;
