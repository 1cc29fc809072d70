import { type State, type StateMachine, type States, compact } from './asl.js';

/**
 * A whole state machine. Before returning it checks what Step Functions would
 * only reject at deploy time (a transition to a missing state) and what it would
 * accept silently (a state nothing leads to, usually a leftover after an edit).
 */
export function stateMachine(options: { comment: string; queryLanguage?: 'JSONPath'; startAt: string; states: States }): StateMachine {
  const machine = compact<StateMachine>({ Comment: options.comment, QueryLanguage: options.queryLanguage, StartAt: options.startAt, States: options.states });
  const problems = transitionProblems(machine);
  if (problems.length > 0) throw new Error(`Invalid state machine "${options.comment}":\n  ${problems.join('\n  ')}`);
  return machine;
}

/** Every state a state can go to next: its Next, its catchers' targets, its choices and their default. */
export function targetsOf(state: State): string[] {
  switch (state.Type) {
    case 'Task':
      return [state.Next, ...(state.Catch ?? []).map((c) => c.Next)];
    case 'Choice':
      return [...state.Choices.map((c) => c.Next), ...(state.Default === undefined ? [] : [state.Default])];
    case 'Wait':
    case 'Pass':
      return [state.Next];
    case 'Succeed':
    case 'Fail':
      return [];
  }
}

function transitionProblems(machine: StateMachine): string[] {
  const names = new Set(Object.keys(machine.States));
  const problems: string[] = [];
  if (!names.has(machine.StartAt)) problems.push(`StartAt "${machine.StartAt}" is not a state`);
  for (const [name, state] of Object.entries(machine.States)) {
    for (const target of targetsOf(state)) if (!names.has(target)) problems.push(`${name} goes to "${target}", which is not a state`);
  }
  const reached = new Set<string>();
  const queue = [machine.StartAt];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    const state = machine.States[name];
    if (reached.has(name) || !state) continue;
    reached.add(name);
    queue.push(...targetsOf(state));
  }
  for (const name of names) if (!reached.has(name)) problems.push(`${name} cannot be reached from ${machine.StartAt}`);
  return problems;
}

/** The file text: two-space JSON with a final newline, the format the committed files use. */
export const aslText = (machine: StateMachine): string => `${JSON.stringify(machine, null, 2)}\n`;
