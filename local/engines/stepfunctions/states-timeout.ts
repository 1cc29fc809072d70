import { StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';

/**
 * The interpreter lets "States.TaskFailed" match every error except its own
 * (unexported) timeout class. Timeouts that the engine raises on the virtual
 * clock must be instances of that class, or a Catch on States.TaskFailed would
 * swallow them. One probe execution with a 1 ms timeout hands us the class.
 */
type TimeoutErrorClass = new () => Error;

let probe: Promise<TimeoutErrorClass> | undefined;
let loaded: TimeoutErrorClass | undefined;

function findTimeoutErrorClass(): Promise<TimeoutErrorClass> {
  const definition = {
    StartAt: 'Probe',
    States: { Probe: { Type: 'Task', Resource: 'arn:aws:states:::local:probe', TimeoutSeconds: 0.001, End: true } },
  } as unknown as StateMachineDefinition;
  const machine = new StateMachine(definition, { validationOptions: { noValidate: true } });
  const slow = (): Promise<null> => new Promise((resolve) => setTimeout(() => resolve(null), 50));
  const run = machine.run(null, { overrides: { taskResourceLocalHandlers: { Probe: slow } } });
  return run.result.then(
    () => {
      throw new Error('The timeout probe did not time out');
    },
    (error: unknown) => {
      const cause = error instanceof Error ? error.cause : undefined;
      if (!(cause instanceof Error) || cause.name !== 'States.Timeout') throw new Error('Unexpected timeout probe result');
      loaded = cause.constructor as TimeoutErrorClass;
      return loaded;
    },
  );
}

export function loadStatesTimeoutError(): Promise<TimeoutErrorClass> {
  probe ??= findTimeoutErrorClass();
  return probe;
}

/** A States.Timeout the interpreter treats as its own; cause is what Catch puts in "Cause". */
export function statesTimeout(cause: string): Error {
  if (!loaded) throw new Error('loadStatesTimeoutError() must finish before an execution runs');
  const error = new loaded();
  error.message = cause;
  return error;
}
