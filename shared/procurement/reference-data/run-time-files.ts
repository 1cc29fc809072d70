import { readFileSync } from 'node:fs';

/**
 * Reference data too large to bundle is read at run time, on first use, from
 * beside the running module: from the sources (local runtime, tests) that is
 * this folder; in Lambda it is the bundle's folder, where the CDK app copies
 * the files the catalog lists as the function's assets. The bundle test
 * checks that every function whose bundle reads such a file ships it.
 */
export const ReferenceDataFolder = 'shared/procurement/reference-data';

/** The path of a run-time file relative to the repository root, as the function catalog lists its assets. */
export const referenceDataAsset = (file: string): string => `${ReferenceDataFolder}/${file}`;

export function readReferenceData<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')) as T;
}
