import type { OperationDocs } from '../../platform/http/contract/operation-docs.js';
import type { ReportingContract } from './operations.js';
import { CsvView, PublicOverviewView, PublicRegisterPageView, StaffOverviewView } from './views.js';

const tags = ['reporting'] as const;

/** What the OpenAPI document says of each reporting route, and the view it answers with (not bundled with the reporting API). */
export const ReportingOperationDocs: OperationDocs<typeof ReportingContract> = {
  overview: {
    summary: 'The yearly follow-up overview of a public body, for its own staff and approvers',
    description:
      'IOPs by stage and area, contributions per year, reviews done, due and overdue, outcomes, agreements ending, procurement reach. Another body answers 404.',
    tags,
    response: { description: 'The figures of the year (this year unless `year` is given)', view: StaffOverviewView },
  },
  overviewCsv: {
    summary: 'The yearly follow-up overview as CSV (the tables of the page, row for row)',
    tags,
    response: { description: 'text/csv; UTF-8 with BOM, semicolon-separated', view: CsvView },
  },
  publicOverview: {
    summary: 'The yearly follow-up overview of a public body, for anyone (no personal data)',
    tags: ['public'],
    response: { description: 'The figures of the year, without people', view: PublicOverviewView },
  },
  publicOverviewCsv: {
    summary: 'The public yearly follow-up overview as CSV',
    tags: ['public'],
    response: { description: 'text/csv; UTF-8 with BOM, semicolon-separated', view: CsvView },
  },
  registerJson: {
    summary: 'The public register of IOP agreements in force, searchable and filtered, with public money per year, follow-up and summary',
    tags: ['public'],
    response: { description: 'The agreements that match, and what the filters can be set to', view: PublicRegisterPageView },
  },
  registerCsv: {
    summary: 'The public register as CSV, the same rows as register.json with the same filters',
    tags: ['public'],
    response: { description: 'text/csv; UTF-8 with BOM, semicolon-separated', view: CsvView },
  },
};
