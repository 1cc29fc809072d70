import { fileURLToPath } from 'node:url';

/** The repository root: catalog entries, workflow files and the lock file are relative to it. */
export const RepoRoot = fileURLToPath(new URL('../', import.meta.url));
