import type { FunctionId } from '../function-catalog.js';

/**
 * Every state machine, defined once as an ASL file under workflows/ (JSONPath
 * query language). CDK deploys the file with definition substitutions; the
 * local engine runs the same file. Task states name their Lambda function as
 * "${<FunctionId>FunctionArn}" and are substituted in both worlds.
 */
export interface WorkflowSpec {
  /** State machine name suffix, also the ASL file name (workflows/<name>.asl.json). */
  readonly name: string;
  readonly description: string;
  /** Lambda functions its Task states invoke (for the substitutions and the grants). */
  readonly functions: readonly FunctionId[];
}

export const WorkflowCatalog = [
  { name: 'iop-initiation', description: 'IOP stage 1: invitations answered and the pre-check', functions: ['IopTasks'] },
  { name: 'iop-dialogue', description: 'IOP stage 2: equal dialogue until every party consents to one draft', functions: ['IopTasks'] },
  { name: 'iop-approval', description: 'IOP stage 3: legal gate and decision', functions: ['IopTasks'] },
  { name: 'iop-agreement', description: 'IOP stage 4: signatures, then review schedules', functions: ['IopTasks'] },
  { name: 'iop-review', description: 'IOP stage 5: one annual or final review period', functions: ['IopTasks'] },
  { name: 'iop-consultation', description: 'IOP dialogue: a consultation round closes at its deadline', functions: ['IopTasks'] },
  { name: 'match-case', description: 'Procurement match case: one stage per execution', functions: ['ProcurementTasks'] },
] as const satisfies readonly WorkflowSpec[];

export type WorkflowName = (typeof WorkflowCatalog)[number]['name'];

export const workflowFile = (name: string): string => `workflows/${name}.asl.json`;

/** The substitution key for a function's ARN inside a definition. */
export const functionArnSubstitution = (id: FunctionId): string => `${id}FunctionArn`;
