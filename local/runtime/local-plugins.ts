import type { FunctionId } from '../../shared/platform/function-catalog.js';
import type { DemoUser } from './demo-users.js';

export interface EventRule {
  readonly pattern: { source?: string | string[]; detailType?: string[]; detailTypePrefix?: string[] };
  readonly functionId: FunctionId;
}

export interface LocalPlugins {
  /** Reference data every runtime needs (the organisation registry), written at every start, demo data or not. */
  readonly referenceData: readonly (() => Promise<void>)[];
  /** Fill an empty store with demo data; each must leave existing data alone. */
  readonly seeders: readonly (() => Promise<void>)[];
  readonly demoUsers: readonly DemoUser[];
  /** The EventBridge rules CDK creates, for the local bus. */
  readonly eventRules: readonly EventRule[];
}

/**
 * What each bounded context adds to the local runtime: its seed data and its
 * demo users. Imported lazily, so loading the runtime does not load the domains.
 */
export async function localPlugins(): Promise<LocalPlugins> {
  const [iopSeed, iopRuntimeSeed, procurementSeed, organisationsSeed, notificationEvents] = await Promise.all([
    import('../seed/iop-seed.js'),
    import('../seed/seed-iop.js'),
    import('../seed/procurement-seed-store.js'),
    import('../seed/organisations-seed.js'),
    import('../../shared/notifications/effects/notification-event.js'),
  ]);
  return {
    referenceData: [organisationsSeed.seedOrganisations],
    seeders: [iopRuntimeSeed.seedIopDemoCases, procurementSeed.seedProcurementDemoData],
    demoUsers: [...iopSeed.IopDemoUserProfiles, ...organisationsSeed.RegistryDemoUserProfiles, ...procurementSeed.ProcurementDemoUsers],
    // As the MatchIndexing rule in infra/procurement/procurement-context.ts routes them in AWS: the match indexer recomputes on change.
    eventRules: [
      { pattern: { detailType: ['NoticeChanged', 'ProfileChanged'] }, functionId: 'ProcurementTasks' },
      // As the CaseNotifications rule in infra/notifications/notifications-context.ts: inbox and e-mail for material changes.
      {
        pattern: { source: [...notificationEvents.NotificationSources], detailTypePrefix: [...notificationEvents.NotificationDetailTypePrefixes] },
        functionId: 'Notifier',
      },
    ],
  };
}
