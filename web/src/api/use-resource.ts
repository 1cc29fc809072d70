import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from './api-client.js';

export interface Resource<T> {
  readonly data: T | undefined;
  readonly error: ApiError | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
}

/** Loads once per change of `key`; a reload keeps the old data on screen while it runs. */
export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setLoading(true);
    load()
      .then((value) => {
        if (!current) return;
        setData(value);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (!current) return;
        setError(e instanceof ApiError ? e : new ApiError({ status: 0, title: String(e), errors: [] }));
      })
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
    // `load` is a new closure each render; `key` says when it loads something else.
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { data, error, loading, reload };
}
