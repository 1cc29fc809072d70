import { sfnError, SfnErrorTypes } from './sfn-errors.js';

/**
 * Turns a definition into one the local interpreter (aws-local-stepfunctions)
 * runs with AWS semantics it lacks: every Task and Wait becomes a locally
 * handled Task, so callbacks, heartbeats, timeouts and waits run on the
 * virtual clock instead of real timers. The returned specs tell the engine
 * what each rewritten state really is.
 */
export const LocalTaskKinds = {
  lambdaInvoke: 'lambda-invoke',
  lambdaCallback: 'lambda-callback',
  lambdaDirect: 'lambda-direct',
  startExecution: 'start-execution',
  wait: 'wait',
} as const;
export type LocalTaskKind = (typeof LocalTaskKinds)[keyof typeof LocalTaskKinds];

export interface LocalTaskSpec {
  readonly kind: LocalTaskKind;
  readonly stateName: string;
  /** The state's type in the original definition, for history event names. */
  readonly originalType: 'Task' | 'Wait';
  readonly resource: string;
  readonly timeoutSeconds?: number;
  readonly heartbeatSeconds?: number;
  readonly waitSeconds?: number;
  readonly waitTimestamp?: string;
}

export interface LocalDefinition {
  /** The definition handed to the interpreter. */
  readonly definition: Record<string, unknown>;
  readonly tasks: ReadonlyMap<string, LocalTaskSpec>;
  /** States with a Retry field: their retry pauses are not spent in real time. */
  readonly retryStates: readonly string[];
  /** The top-level TimeoutSeconds, enforced on the virtual clock. */
  readonly executionTimeoutSeconds?: number;
}

/** Values the handler fills in per task: they only exist once the task starts. */
export const ContextMarkers = {
  taskToken: '\u0000local:$$.Task.Token',
  enteredTime: '\u0000local:$$.State.EnteredTime',
} as const;

/** Hidden Parameters keys carrying path-given values to the local handler, stripped before use. */
export const HiddenKeys = {
  timeoutSeconds: '__localTimeoutSeconds',
  heartbeatSeconds: '__localHeartbeatSeconds',
  waitSeconds: '__localWaitSeconds',
  waitTimestamp: '__localWaitTimestamp',
  waitInput: '__localWaitInput',
} as const;

const RESOURCE_KINDS: Readonly<Record<string, LocalTaskKind>> = {
  'arn:aws:states:::lambda:invoke': LocalTaskKinds.lambdaInvoke,
  'arn:aws:states:::lambda:invoke.waitForTaskToken': LocalTaskKinds.lambdaCallback,
  'arn:aws:states:::states:startExecution': LocalTaskKinds.startExecution,
};

export const LOCAL_WAIT_RESOURCE = 'arn:aws:states:::local:wait';
/** Real-time ceiling the interpreter may wait for a local task: below setTimeout's overflow. */
const REAL_TIME_CEILING_SECONDS = 2_000_000;

type Json = Record<string, unknown>;

export function toLocalDefinition(source: Json): LocalDefinition {
  const tasks = new Map<string, LocalTaskSpec>();
  const retryStates: string[] = [];
  const definition = rewriteMachine(source, tasks, retryStates);
  const { TimeoutSeconds, ...rest } = definition;
  return {
    definition: rest,
    tasks,
    retryStates,
    ...(typeof TimeoutSeconds === 'number' ? { executionTimeoutSeconds: TimeoutSeconds } : {}),
  };
}

function rewriteMachine(machine: Json, tasks: Map<string, LocalTaskSpec>, retryStates: string[]): Json {
  const states = machine['States'];
  if (states === null || typeof states !== 'object' || typeof machine['StartAt'] !== 'string') {
    throw sfnError(SfnErrorTypes.invalidDefinition, 'A definition needs StartAt and States');
  }
  const rewritten: Json = {};
  for (const [name, state] of Object.entries(states as Json)) {
    rewritten[name] = rewriteState(name, state as Json, tasks, retryStates);
  }
  return { ...machine, States: rewritten };
}

function rewriteState(name: string, state: Json, tasks: Map<string, LocalTaskSpec>, retryStates: string[]): Json {
  if (Array.isArray(state['Retry'])) retryStates.push(name);
  switch (state['Type']) {
    case 'Task':
      return rewriteTask(name, state, tasks);
    case 'Wait':
      return rewriteWait(name, state, tasks);
    case 'Parallel':
      return {
        ...state,
        Branches: (state['Branches'] as Json[]).map((b) => rewriteMachine(b, tasks, retryStates)),
      };
    case 'Map': {
      const out: Json = { ...state };
      if (state['Iterator']) out['Iterator'] = rewriteMachine(state['Iterator'] as Json, tasks, retryStates);
      if (state['ItemProcessor']) {
        out['ItemProcessor'] = rewriteMachine(state['ItemProcessor'] as Json, tasks, retryStates);
      }
      return out;
    }
    default:
      return state;
  }
}

function taskKind(resource: string): LocalTaskKind | undefined {
  if (/^arn:aws:lambda:[^:]*:[^:]*:function:/.test(resource)) return LocalTaskKinds.lambdaDirect;
  return RESOURCE_KINDS[resource];
}

function rewriteTask(name: string, state: Json, tasks: Map<string, LocalTaskSpec>): Json {
  const resource = String(state['Resource']);
  const kind = taskKind(resource);
  if (!kind) {
    throw sfnError(SfnErrorTypes.invalidDefinition, `State "${name}": resource ${resource} is not supported locally`);
  }
  const { TimeoutSeconds, TimeoutSecondsPath, HeartbeatSeconds, HeartbeatSecondsPath, Parameters, ...rest } = state;
  const callback = kind === LocalTaskKinds.lambdaCallback;
  let parameters = Parameters === undefined ? undefined : markContextPaths(Parameters, name);
  const out: Json = { ...rest };
  if (callback) {
    // Timeouts of a callback run on the virtual clock; path-given ones travel in hidden keys.
    const hidden: Json = {};
    if (typeof TimeoutSecondsPath === 'string') hidden[`${HiddenKeys.timeoutSeconds}.$`] = TimeoutSecondsPath;
    if (typeof HeartbeatSecondsPath === 'string') hidden[`${HiddenKeys.heartbeatSeconds}.$`] = HeartbeatSecondsPath;
    if (Object.keys(hidden).length > 0) parameters = { ...(parameters as Json | undefined), ...hidden };
    out['TimeoutSeconds'] = REAL_TIME_CEILING_SECONDS;
  } else {
    // A plain invocation is bounded in real time, as a function's run is.
    out['TimeoutSeconds'] = typeof TimeoutSeconds === 'number' ? Math.min(TimeoutSeconds, REAL_TIME_CEILING_SECONDS) : REAL_TIME_CEILING_SECONDS;
    if (typeof TimeoutSecondsPath === 'string') {
      delete out['TimeoutSeconds'];
      out['TimeoutSecondsPath'] = TimeoutSecondsPath;
    }
  }
  if (parameters !== undefined) out['Parameters'] = parameters;
  tasks.set(name, {
    kind,
    stateName: name,
    originalType: 'Task',
    resource,
    ...(callback && typeof TimeoutSeconds === 'number' ? { timeoutSeconds: TimeoutSeconds } : {}),
    ...(callback && typeof HeartbeatSeconds === 'number' ? { heartbeatSeconds: HeartbeatSeconds } : {}),
  });
  return out;
}

function rewriteWait(name: string, state: Json, tasks: Map<string, LocalTaskSpec>): Json {
  const { Type: _type, Seconds, SecondsPath, Timestamp, TimestampPath, ...rest } = state;
  const parameters: Json = { [`${HiddenKeys.waitInput}.$`]: '$' };
  if (typeof SecondsPath === 'string') parameters[`${HiddenKeys.waitSeconds}.$`] = SecondsPath;
  if (typeof TimestampPath === 'string') parameters[`${HiddenKeys.waitTimestamp}.$`] = TimestampPath;
  tasks.set(name, {
    kind: LocalTaskKinds.wait,
    stateName: name,
    originalType: 'Wait',
    resource: LOCAL_WAIT_RESOURCE,
    ...(typeof Seconds === 'number' ? { waitSeconds: Seconds } : {}),
    ...(typeof Timestamp === 'string' ? { waitTimestamp: Timestamp } : {}),
  });
  return {
    ...rest,
    Type: 'Task',
    Resource: LOCAL_WAIT_RESOURCE,
    Parameters: parameters,
    TimeoutSeconds: REAL_TIME_CEILING_SECONDS,
  };
}

/**
 * The interpreter's context object has no Task or State members, so payload
 * fields reading them become markers the handler replaces with real values.
 */
function markContextPaths(template: unknown, stateName: string): unknown {
  if (Array.isArray(template)) return template.map((v) => markContextPaths(v, stateName));
  if (template === null || typeof template !== 'object') return template;
  const out: Json = {};
  for (const [key, value] of Object.entries(template as Json)) {
    if (key.endsWith('.$') && typeof value === 'string') {
      const plainKey = key.slice(0, -2);
      if (value === '$$.Task.Token') out[plainKey] = ContextMarkers.taskToken;
      else if (value === '$$.State.Name') out[plainKey] = stateName;
      else if (value === '$$.State.EnteredTime') out[plainKey] = ContextMarkers.enteredTime;
      else out[key] = value;
    } else {
      out[key] = markContextPaths(value, stateName);
    }
  }
  return out;
}

/** Replaces markers in a task's input and tells whether the token was used. */
export function fillContextMarkers(value: unknown, fill: { taskToken?: string; enteredTime: string }): unknown {
  if (value === ContextMarkers.taskToken) return fill.taskToken ?? null;
  if (value === ContextMarkers.enteredTime) return fill.enteredTime;
  if (Array.isArray(value)) return value.map((v) => fillContextMarkers(v, fill));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillContextMarkers(v, fill)]));
  }
  return value;
}

/** Takes the hidden keys out of a processed task input. */
export function takeHiddenKeys(input: unknown): { input: unknown; hidden: Partial<Record<keyof typeof HiddenKeys, unknown>> } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { input, hidden: {} };
  const rest: Json = { ...(input as Json) };
  const hidden: Partial<Record<keyof typeof HiddenKeys, unknown>> = {};
  for (const [field, key] of Object.entries(HiddenKeys) as [keyof typeof HiddenKeys, string][]) {
    if (key in rest) {
      hidden[field] = rest[key];
      delete rest[key];
    }
  }
  return { input: rest, hidden };
}
