import type { MatchStage } from './match-case-model.js';

/** Where a match case has ended (a module of its own so that the effects and the reducer do not load the action schemas). */
export const isTerminalStage = (s: MatchStage): boolean => s === 'closed' || s === 'withdrawn';
