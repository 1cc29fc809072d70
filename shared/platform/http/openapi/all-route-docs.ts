import type { RouteDocs } from './route-doc.js';
import { SystemRouteDocs } from './system-route-docs.js';
import { IopRouteDocs } from '../../../iop/api/api-docs.js';
import { ProcurementRouteDocs } from '../../../procurement/api/api-docs.js';

/**
 * Every bounded context's route docs in one place, for GET /openapi.json.
 * Each context exports its own RouteDocs next to its schemas.
 */
export const AllRouteDocs: RouteDocs = {
  ...SystemRouteDocs,
  ...IopRouteDocs,
  ...ProcurementRouteDocs,
};
