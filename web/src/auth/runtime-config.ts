import type { Role } from '../../../shared/iop/contract.js';

/**
 * /config.json, written next to the app at deploy time so one build serves
 * every environment. Locally `{ "auth": "local" }`: sign-in is a choice among
 * the demo users, minted by POST /dev/token.
 */
export interface DemoUser {
  readonly sub: string;
  readonly name: string;
  readonly role: Role;
  readonly org: string;
  /** The runtime's list adds these for the picker. */
  readonly orgName?: string;
  readonly description?: { readonly sv: string; readonly en: string };
}

export type RuntimeConfig =
  | { readonly auth: 'local'; readonly apiUrl: string; readonly demoUsers?: readonly DemoUser[] }
  | { readonly auth: 'cognito'; readonly apiUrl: string; readonly authority: string; readonly clientId: string; readonly redirectUri: string };

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new ConfigError(`config.json: "${field}" must be a non-empty string`);
  return value;
}

export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  if (typeof raw !== 'object' || raw === null) throw new ConfigError('config.json must hold an object');
  const value = raw as Record<string, unknown>;
  const apiUrl = typeof value.apiUrl === 'string' ? value.apiUrl : '';
  if (value.auth === 'local') {
    return { auth: 'local', apiUrl, ...(Array.isArray(value.demoUsers) ? { demoUsers: value.demoUsers as DemoUser[] } : {}) };
  }
  if (value.auth === 'cognito') {
    return {
      auth: 'cognito',
      apiUrl: text(value.apiUrl, 'apiUrl'),
      authority: text(value.authority, 'authority'),
      clientId: text(value.clientId, 'clientId'),
      redirectUri: text(value.redirectUri, 'redirectUri'),
    };
  }
  throw new ConfigError('config.json: "auth" must be "local" or "cognito"');
}

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new ConfigError(`config.json could not be read (HTTP ${response.status})`);
  return parseRuntimeConfig(await response.json());
}
