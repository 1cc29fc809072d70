import { isRole, type Actor } from '../../../shared/iop/contract.js';

/** Who is signed in: the ID token the API wants, and the actor its claims name. */
export interface Session {
  readonly token: string;
  readonly actor: Actor;
  /** Epoch seconds. */
  readonly expiresAt?: number;
}

const STORAGE_KEY = 'iop.session';

function base64UrlDecode(part: string): string {
  const base64 = part
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/**
 * The actor named by an ID token's claims (Cognito shape: custom:role, custom:org).
 * The signature is the API's business; the app only needs to know whom to show.
 */
export function sessionFromToken(token: string): Session | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(base64UrlDecode(payload)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const role = claims['custom:role'];
  const org = claims['custom:org'];
  if (typeof claims.sub !== 'string' || !isRole(role) || typeof org !== 'string') return undefined;
  const name = typeof claims.name === 'string' ? claims.name : claims.sub;
  return {
    token,
    actor: { sub: claims.sub, name, role, org },
    ...(typeof claims.exp === 'number' ? { expiresAt: claims.exp } : {}),
  };
}

export function isExpired(session: Session, nowSeconds: number): boolean {
  return session.expiresAt !== undefined && session.expiresAt <= nowSeconds;
}

export function saveSession(session: Session | undefined): void {
  if (session) sessionStorage.setItem(STORAGE_KEY, session.token);
  else sessionStorage.removeItem(STORAGE_KEY);
}

export function restoreSession(): Session | undefined {
  const token = sessionStorage.getItem(STORAGE_KEY);
  const session = token ? sessionFromToken(token) : undefined;
  if (!session || isExpired(session, Date.now() / 1000)) return undefined;
  return session;
}
