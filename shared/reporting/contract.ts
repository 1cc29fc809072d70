/**
 * The reporting context as its clients see it: the yearly follow-up overview
 * and the public register's routes, their views, and the pure functions that
 * turn an overview into tables and CSV (the page and the download use the same).
 * The web app imports this module and nothing else of the context.
 */
export { ReportingContract, OverviewQuery, RegisterQuery } from './contract/operations.js';
export * from './contract/views.js';
export { overviewTables, overviewCsv, areaName, AreaNames, type OverviewTable, type OverviewLanguage } from './contract/overview-tables.js';
export { registerTable, registerCsv, registerYears, followUpName, lastDay } from './contract/register-table.js';
export { toCsv, parseCsv, CsvSeparator, type CsvCell } from './contract/csv.js';
