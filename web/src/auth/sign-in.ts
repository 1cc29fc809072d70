import type { DemoUser, RuntimeConfig } from './runtime-config.js';
import { sessionFromToken, type Session } from './session.js';

/**
 * Locally: the seeded users the local runtime offers (GET /dev/users, beside
 * POST /dev/token; neither is part of the API, so neither is in its contract),
 * administrators among them (they have their pages under /admin/).
 */
export async function listDemoUsers(): Promise<DemoUser[]> {
  const response = await fetch('/dev/users', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /dev/users answered ${response.status}`);
  const { users } = (await response.json()) as { users?: unknown };
  return Array.isArray(users) ? (users as DemoUser[]) : [];
}

/** Locally: a token for a demo user from the local runtime's POST /dev/token. */
export async function signInLocally(user: DemoUser): Promise<Session> {
  const response = await fetch('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub: user.sub, name: user.name, role: user.role, org: user.org }),
  });
  if (!response.ok) throw new Error(`POST /dev/token answered ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  const session = sessionFromToken(token);
  if (!session) throw new Error('The local token has no usable claims');
  return session;
}

/**
 * In AWS: Cognito's hosted sign-in. Its OpenID client (oidc-client-ts, about
 * 70 KB) is only needed on the sign-in page of a deployed app, never locally,
 * so it is its own chunk, fetched when someone signs in or comes back.
 */
const cognitoClient = () => import('./cognito-client.js');

/** Sends the reader to Cognito's sign-in page. */
export async function startCognitoSignIn(config: Extract<RuntimeConfig, { auth: 'cognito' }>): Promise<void> {
  const { cognitoManager } = await cognitoClient();
  await cognitoManager(config).signinRedirect();
}

/** Finishes the redirect back from Cognito; the API Gateway JWT authorizer wants the ID token. */
export async function completeCognitoSignIn(config: Extract<RuntimeConfig, { auth: 'cognito' }>): Promise<Session> {
  const { cognitoManager } = await cognitoClient();
  const user = await cognitoManager(config).signinRedirectCallback();
  const session = user.id_token ? sessionFromToken(user.id_token) : undefined;
  if (!session) throw new Error('Cognito returned no ID token with role and organisation claims');
  return session;
}
