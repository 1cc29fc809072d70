import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { RuntimeConfig } from './runtime-config.js';

let manager: UserManager | undefined;

/** Cognito's hosted sign-in, authorization code flow with PKCE (oidc-client-ts's default). Loaded on demand by sign-in.ts. */
export function cognitoManager(config: Extract<RuntimeConfig, { auth: 'cognito' }>): UserManager {
  manager ??= new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    response_type: 'code',
    scope: 'openid profile email',
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
  return manager;
}
