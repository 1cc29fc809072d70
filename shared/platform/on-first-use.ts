/**
 * A value made the first time it is asked for, then kept. For what is costly
 * to make at module load and not needed by every request: a process's first
 * Intl formatter loads ICU's locale and time zone data, tens of milliseconds
 * of a cold start.
 */
/* @__NO_SIDE_EFFECTS__ */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { readonly value: T } | undefined;
  return () => {
    if (!made) made = { value: make() };
    return made.value;
  };
}
