import { IopDemoUsers } from '../../../local/seed/iop-seed.js';
import type { DemoUser } from './runtime-config.js';

/**
 * The seeded users one can sign in as locally when the runtime does not list
 * its own (GET /dev/users); one of each kind first.
 */
export const DemoUsers: readonly DemoUser[] = [
  IopDemoUsers.healthcareAngered,
  IopDemoUsers.civilRodaKorset,
  IopDemoUsers.approver,
  IopDemoUsers.procurement,
  IopDemoUsers.civilGoteborgsStadsmission,
  IopDemoUsers.healthcareLerum,
  IopDemoUsers.civilRsmh,
];
