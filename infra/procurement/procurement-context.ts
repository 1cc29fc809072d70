import { Rule, RuleTargetInput, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import type { FunctionId } from '../../shared/platform/function-catalog.js';
import type { RouteSpec } from '../../shared/platform/http/routes.js';
import type { WorkflowName, WorkflowSpec } from '../../shared/platform/workflows/catalog.js';
import type { Api } from '../platform/api.js';
import { catalogFunctions, type FunctionPlatform } from '../platform/catalog-function.js';
import { catalogWorkflows, type CatalogWorkflows } from '../platform/catalog-workflow.js';
import type { Events } from '../platform/events.js';
import { ClosePastDeadline } from '../../shared/procurement/effects/close-past-deadline-schedule.js';

/** The procurement context's functions: its API, and the match case steps plus match indexing. */
export const ProcurementFunctionIds = ['ProcurementApi', 'ProcurementTasks'] as const satisfies readonly FunctionId[];

/** Its state machine: one stage of a match case per execution. */
export const ProcurementWorkflowNames = ['match-case'] as const satisfies readonly WorkflowName[];

/** Started by EventBridge Scheduler at a future date: match case follow-ups. */
export const ProcurementScheduledWorkflows = ['match-case'] as const satisfies readonly WorkflowName[];

/** Domain events that change who a notice reaches, so the match index is rebuilt. */
export const MatchIndexingDetailTypes = ['NoticeChanged', 'ProfileChanged'] as const;

export interface ProcurementContextProps extends FunctionPlatform {
  readonly api: Api;
  readonly events: Events;
  /** Seam for tests: stand-in ASL instead of workflows/<name>.asl.json. */
  readonly definitionFor?: (spec: WorkflowSpec) => string | undefined;
}

/**
 * The socially-aware procurement context: notices, bidder profiles, matches
 * and match cases. Its functions with their grants, its routes, the match
 * case state machine, its scheduled starts, and the rule that rebuilds the
 * match index from domain events on the platform's bus.
 */
export class ProcurementContext extends Construct {
  readonly functions: ReadonlyMap<FunctionId, IFunction>;
  readonly workflows: CatalogWorkflows;
  readonly routes: readonly RouteSpec[];

  constructor(scope: Construct, id: string, props: ProcurementContextProps) {
    super(scope, id);
    this.functions = catalogFunctions(this, ProcurementFunctionIds, props);
    // Its routes: those of the shared list whose function is one of its own.
    this.routes = props.api.addRoutesFor(this.functions);
    this.workflows = catalogWorkflows(this, ProcurementWorkflowNames, { ...props, functions: this.functions });
    for (const name of ProcurementScheduledWorkflows) props.events.allowScheduledStart(name);

    new Rule(this, 'MatchIndexing', {
      eventBus: props.eventBus,
      description: 'Rebuilds procurement matches when a notice or a bidder profile changes',
      eventPattern: { detailType: [...MatchIndexingDetailTypes] },
      targets: [new LambdaFunction(this.functions.get('ProcurementTasks')!, { deadLetterQueue: props.monitoring.deadLetterQueue, retryAttempts: 4 })],
    });
    new Rule(this, 'ClosePastDeadline', {
      description: 'Removes the stored matches of notices whose tender deadline has passed',
      schedule: Schedule.cron({ minute: '5', hour: String(ClosePastDeadline.hourUtc) }),
      targets: [
        new LambdaFunction(this.functions.get('ProcurementTasks')!, {
          event: RuleTargetInput.fromObject(ClosePastDeadline.event),
          deadLetterQueue: props.monitoring.deadLetterQueue,
          retryAttempts: 2,
        }),
      ],
    });
  }
}
