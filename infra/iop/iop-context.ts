import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import type { RouteSpec } from '../../shared/platform/http/routes.js';
import type { WorkflowName, WorkflowSpec } from '../../shared/platform/workflows/catalog.js';
import type { Api } from '../platform/api.js';
import { catalogFunctions, type FunctionPlatform } from '../platform/catalog-function.js';
import { catalogWorkflows, type CatalogWorkflows } from '../platform/catalog-workflow.js';
import type { Events } from '../platform/events.js';

/** The IOP context's functions: its API (case routes and the public register), its documents (the agreement's PDF) and the steps of its state machines. */
export const IopFunctionIds = ['IopApi', 'IopDocuments', 'IopTasks'] as const satisfies readonly FunctionId[];

/** Its state machines: one per stage of an IOP case, and one per consultation round that closes it at its deadline. */
export const IopWorkflowNames = [
  'iop-initiation',
  'iop-dialogue',
  'iop-approval',
  'iop-agreement',
  'iop-review',
  'iop-consultation',
] as const satisfies readonly WorkflowName[];

/** Started by EventBridge Scheduler at a future date: each annual or final review period. */
export const IopScheduledWorkflows = ['iop-review'] as const satisfies readonly WorkflowName[];

export interface IopContextProps extends FunctionPlatform {
  readonly api: Api;
  readonly events: Events;
  /** Seam for tests: stand-in ASL instead of workflows/<name>.asl.json. */
  readonly definitionFor?: (spec: WorkflowSpec) => string | undefined;
}

/**
 * The IOP context (idéburet offentligt partnerskap): its functions with their
 * grants, its routes of the shared route list, its stage state machines and
 * the scheduled start of reviews. The table, bus, schedules and API are the
 * platform's, received by props.
 */
export class IopContext extends Construct {
  readonly functions: ReadonlyMap<FunctionId, IFunction>;
  readonly workflows: CatalogWorkflows;
  readonly routes: readonly RouteSpec[];

  constructor(scope: Construct, id: string, props: IopContextProps) {
    super(scope, id);
    this.functions = catalogFunctions(this, IopFunctionIds, props);
    // Its routes: those of the shared list whose function is one of its own.
    this.routes = props.api.addRoutesFor(this.functions);
    this.workflows = catalogWorkflows(this, IopWorkflowNames, { ...props, functions: this.functions });
    for (const name of IopScheduledWorkflows) props.events.allowScheduledStart(name);
  }
}
