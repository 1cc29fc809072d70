/** EU state aid per organisation, summed over its IOP cases and a rolling three years. */
export { aidPeriodsOf, proposedAidPeriods, type AidPeriod, type AidSource } from './aid-periods.js';
export { sekPerEurOn, type ExchangeRate } from './exchange-rate.js';
export { stateAidPosition, type AidLine, type CeilingLevel, type CeilingPosition, type StateAidPosition } from './three-year-sum.js';
export { stateAidGate, stateAidOfCase } from './case-position.js';
