// Not the http index: it also exports every context's routes, which would bring the other contexts' contracts along.
import { httpLambda } from '../../shared/platform/http/http-lambda.js';
import { implement } from '../../shared/platform/http/contract/implement.js';
import { clock } from '../../shared/platform/clock.js';
import { writeAll } from '../../shared/platform/dynamodb/transaction.js';
import { EnvNames } from '../../shared/platform/env-names.js';
import { StoredOrganisations } from '../../shared/platform/organisations/organisation-directory.js';
import { AdminContract } from '../../shared/admin/contract/operations.js';
import { adminHandlers } from '../../shared/admin/api/admin-handlers.js';
import { AuditLog } from '../../shared/admin/store/audit-log.js';
import { CognitoUserStore } from '../../shared/admin/store/cognito-user-store.js';
import { InterestNotes } from '../../shared/admin/store/interest-store.js';
import { LocalUserStore } from '../../shared/admin/store/local-user-store.js';
import type { UserStore } from '../../shared/admin/store/user-store.js';

/** In AWS the user pool (USER_POOL_ID); locally, where there is none, the local user store the sign-in page lists. */
function userStore(): UserStore {
  const pool = process.env[EnvNames.userPoolId];
  return pool ? new CognitoUserStore(pool) : new LocalUserStore();
}

/** The registry, administration and way-in routes, served by their handlers with the real registry, audit log and user store. */
export const adminRoutes = implement(
  AdminContract,
  adminHandlers({
    registry: new StoredOrganisations(),
    audit: new AuditLog(),
    users: userStore(),
    interest: new InterestNotes(),
    write: (puts) => writeAll(puts),
    clock,
  }),
);

export const handler = httpLambda(adminRoutes);
