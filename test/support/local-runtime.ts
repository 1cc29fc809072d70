import { startLocalRuntime, type LocalRuntime, type LocalRuntimeOptions } from '../../local/runtime/local-runtime.js';
import type { Role } from '../../shared/platform/auth/actor.js';
import { contractMismatch } from './contract-check.js';
import { fileDynamoDbEndpoint } from './file-dynamodb.js';

process.env.LOG_LEVEL ??= 'silent';

export interface ApiClient {
  readonly runtime: LocalRuntime;
  as(user: { sub: string; name?: string; role: Role; org: string }): Promise<Caller>;
  anonymous(): Caller;
}

export interface ApiAnswer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface Caller {
  get<T = any>(path: string): Promise<ApiAnswer<T>>;
  post<T = any>(path: string, body: unknown, headers?: Record<string, string>): Promise<ApiAnswer<T>>;
  put<T = any>(path: string, body: unknown, headers?: Record<string, string>): Promise<ApiAnswer<T>>;
  raw(path: string, init: RequestInit): Promise<ApiAnswer>;
}

/** Starts the local runtime in this process (in the file's DynamoDB Local unless a data path is given) and gives typed callers. */
export async function startTestRuntime(options: LocalRuntimeOptions = {}): Promise<ApiClient> {
  // A runtime with a data path keeps its data in an engine of its own, on disk; the others share the file's.
  const dynamoEndpoint = options.dynamoEndpoint ?? (options.dataPath ? undefined : await fileDynamoDbEndpoint());
  const runtime = await startLocalRuntime({ port: 0, web: false, ...options, ...(dynamoEndpoint ? { dynamoEndpoint } : {}) });
  const caller = (token?: string): Caller => {
    const raw = async (path: string, init: RequestInit): Promise<ApiAnswer> => {
      const headers = new Headers(init.headers);
      if (token) headers.set('authorization', `Bearer ${token}`);
      const res = await fetch(`${runtime.url}${path}`, { ...init, headers });
      const text = await res.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON: keep the text */
      }
      const mismatch = contractMismatch(init.method ?? 'GET', path, res.status, body);
      if (mismatch) throw new Error(mismatch);
      return { status: res.status, headers: res.headers, body };
    };
    const send =
      (method: string) =>
      (path: string, body: unknown, headers: Record<string, string> = {}) =>
        raw(path, { method, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
    return { get: (path) => raw(path, { method: 'GET' }), post: send('POST'), put: send('PUT'), raw };
  };
  return {
    runtime,
    async as(user) {
      return caller(await runtime.token({ sub: user.sub, name: user.name ?? user.sub, role: user.role, org: user.org }));
    },
    anonymous: () => caller(),
  };
}
