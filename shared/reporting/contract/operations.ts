import { _default, coerce, enum as zEnum, int, maximum, minimum, object, optional, string, trim, maxLength } from 'zod/mini';
import { type Contract, operation, viewType } from '../../platform/http/contract/operation.js';
import type { CsvView, PublicOverviewView, PublicRegisterPageView, StaffOverviewView } from './views.js';

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
    query: OverviewQuery,
    response: { status: 200, view: viewType<typeof StaffOverviewView>() },
  }),
  overviewCsv: operation({
    method: 'GET',
    path: '/overview/{publicBody}/overview.csv',
    function: fn,
    auth: 'jwt',
    roles: [...StaffRoles],
    query: OverviewQuery,
    response: { status: 200, view: viewType<typeof CsvView>(), mediaType: 'text/csv' },
  }),
  publicOverview: operation({
    method: 'GET',
    path: '/public/overview/{publicBody}',
    function: fn,
    auth: 'none',
    query: OverviewQuery,
    response: { status: 200, view: viewType<typeof PublicOverviewView>() },
  }),
  publicOverviewCsv: operation({
    method: 'GET',
    path: '/public/overview/{publicBody}/overview.csv',
    function: fn,
    auth: 'none',
    query: OverviewQuery,
    response: { status: 200, view: viewType<typeof CsvView>(), mediaType: 'text/csv' },
  }),
  registerJson: operation({
    method: 'GET',
    path: '/public/register.json',
    function: fn,
    auth: 'none',
    query: RegisterQuery,
    response: { status: 200, view: viewType<typeof PublicRegisterPageView>() },
  }),
  registerCsv: operation({
    method: 'GET',
    path: '/public/register.csv',
    function: fn,
    auth: 'none',
    query: RegisterQuery,
    response: { status: 200, view: viewType<typeof CsvView>(), mediaType: 'text/csv' },
  }),
} as const satisfies Contract;
