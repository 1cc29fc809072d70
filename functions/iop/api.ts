// Not the http index: it also exports every context's routes, which would bring the other context's contract along.
import { httpLambda } from '../../shared/platform/http/http-lambda.js';
import { implement } from '../../shared/platform/http/contract/implement.js';
import { clock } from '../../shared/platform/clock.js';
import { IopContract } from '../../shared/iop/contract/operations.js';
import { iopHandlers } from '../../shared/iop/api/iop-handlers.js';
import { iopConfigFromEnv } from '../../shared/iop/domain/config.js';
import { iopStore } from '../../shared/iop/store/iop-store.js';
import { commitIopChange } from '../../shared/iop/store/commit-iop-change.js';
import { storedStateAid } from '../../shared/iop/store/state-aid-reads.js';
import { StoredOrganisations } from '../../shared/platform/organisations/organisation-directory.js';

/** The IOP HTTP API: the contract's routes, served by its handlers with the real store, clock and configuration. */
const config = iopConfigFromEnv();

export const iopRoutes = implement(
  IopContract,
  iopHandlers({
    store: iopStore,
    commit: (previous, t, also) => commitIopChange(previous, t, config, also),
    clock,
    config,
    organisations: new StoredOrganisations(),
    stateAid: storedStateAid(),
  }),
);

export const handler = httpLambda(iopRoutes);
