// The workflow builder: typed helpers that write our Amazon States Language, one idea per file.
export * from './asl.js';
export * from './await-remind-escalate.js';
export * from './errors.js';
export * from './lambda-tasks.js';
export * from './state-machine.js';
export * from './states.js';
export * from './time.js';
