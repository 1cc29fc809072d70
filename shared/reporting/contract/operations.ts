import { _default, coerce, enum as zEnum, int, maximum, minimum, object, optional, string, trim, maxLength } from 'zod/mini';
import { type Contract, operation } from '../../platform/http/contract/operation.js';
import { CsvView, PublicOverviewView, PublicRegisterPageView, StaffOverviewView } from './views.js';

/** The year of the follow-up, and the language of the CSV's headings (Swedish unless asked). */
export const OverviewQuery = object({
  year: optional(coerce.number().check(int(), minimum(2000), maximum(2100))),
  lang: _default(zEnum(['sv', 'en']), 'sv'),
});

const Filter = optional(string().check(trim(), maxLength(200)));
/** The register's search and filters; every filter given must hold. */
export const RegisterQuery = object({
  q: Filter,
  area: Filter,
  unit: Filter,
  organisation: Filter,
  publicBody: Filter,
  year: optional(coerce.number().check(int(), minimum(2000), maximum(2100))),
  lang: _default(zEnum(['sv', 'en']), 'sv'),
});

const tags = ['reporting'] as const;
/**
 * Served by a function of its own: the figures are read from the IOP cases, plus a
 * body's notices, their stored matches and its tender schools (see README, "The yearly follow-up").
 */
const fn = 'ReportingApi' as const;
const StaffRoles = ['healthcare', 'approver', 'procurement', 'admin'] as const;

export const ReportingContract = {
  overview: operation({
    method: 'GET',
    path: '/overview/{publicBody}',
    function: fn,
    auth: 'jwt',
    roles: [...StaffRoles],
    summary: 'The yearly follow-up overview of a public body, for its own staff and approvers',
    description:
      'IOPs by stage and area, contributions per year, reviews done, due and overdue, outcomes, agreements ending, procurement reach. Another body answers 404.',
    tags,
    query: OverviewQuery,
    response: { status: 200, description: 'The figures of the year (this year unless `year` is given)', view: StaffOverviewView },
  }),
  overviewCsv: operation({
    method: 'GET',
    path: '/overview/{publicBody}/overview.csv',
    function: fn,
    auth: 'jwt',
    roles: [...StaffRoles],
    summary: 'The yearly follow-up overview as CSV (the tables of the page, row for row)',
    tags,
    query: OverviewQuery,
    response: { status: 200, description: 'text/csv; UTF-8 with BOM, semicolon-separated', view: CsvView },
  }),
  publicOverview: operation({
    method: 'GET',
    path: '/public/overview/{publicBody}',
    function: fn,
    auth: 'none',
    summary: 'The yearly follow-up overview of a public body, for anyone (no personal data)',
    tags: ['public'],
    query: OverviewQuery,
    response: { status: 200, description: 'The figures of the year, without people', view: PublicOverviewView },
  }),
  publicOverviewCsv: operation({
    method: 'GET',
    path: '/public/overview/{publicBody}/overview.csv',
    function: fn,
    auth: 'none',
    summary: 'The public yearly follow-up overview as CSV',
    tags: ['public'],
    query: OverviewQuery,
    response: { status: 200, description: 'text/csv; UTF-8 with BOM, semicolon-separated', view: CsvView },
  }),
  registerJson: operation({
    method: 'GET',
    path: '/public/register.json',
    function: fn,
    auth: 'none',
    summary: 'The public register of IOP agreements in force, searchable and filtered, with public money per year, follow-up and summary',
    tags: ['public'],
    query: RegisterQuery,
    response: { status: 200, description: 'The agreements that match, and what the filters can be set to', view: PublicRegisterPageView },
  }),
  registerCsv: operation({
    method: 'GET',
    path: '/public/register.csv',
    function: fn,
    auth: 'none',
    summary: 'The public register as CSV, the same rows as register.json with the same filters',
    tags: ['public'],
    query: RegisterQuery,
    response: { status: 200, description: 'text/csv; UTF-8 with BOM, semicolon-separated', view: CsvView },
  }),
} as const satisfies Contract;
