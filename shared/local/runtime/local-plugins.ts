import type { FunctionId } from '../../platform/function-catalog.js';
import type { DemoUser } from './demo-users.js';

export interface EventRule {
  readonly pattern: { source?: string | string[]; detailType?: string[] };
  readonly functionId: FunctionId;
}

export interface LocalPlugins {
  /** Fill an empty store with demo data; each must do nothing when its data exists. */
  readonly seeders: readonly (() => Promise<void>)[];
  readonly demoUsers: readonly DemoUser[];
  /** The EventBridge rules CDK creates, for the local bus. */
  readonly eventRules: readonly EventRule[];
}

/**
 * What each bounded context adds to the local runtime: its seed data, its demo
 * users and its event rules. Loaded lazily so the runtime starts even while a
 * context is still being built.
 */
export async function localPlugins(): Promise<LocalPlugins> {
  return { seeders: [], demoUsers: [], eventRules: [] };
}
