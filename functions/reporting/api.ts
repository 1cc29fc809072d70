// Not the http index: it also exports every context's routes, which would bring the other contexts' contracts along.
import { httpLambda } from '../../shared/platform/http/http-lambda.js';
import { implement } from '../../shared/platform/http/contract/implement.js';
import { clock } from '../../shared/platform/clock.js';
import { ReportingContract } from '../../shared/reporting/contract/operations.js';
import { reportingHandlers } from '../../shared/reporting/api/reporting-handlers.js';
import { storedReportingReads } from '../../shared/reporting/store/reporting-reads.js';

/** The yearly follow-up and the public register's search, CSV and JSON: read from the IOP cases and a body's notices. */
export const reportingRoutes = implement(ReportingContract, reportingHandlers({ reads: storedReportingReads(), clock }));

export const handler = httpLambda(reportingRoutes);
