import { createLogger } from '../../shared/platform/logger.js';
import { repairMetricLine } from '../../shared/platform/repair-metric.js';
import { reconcileIopCases } from '../../shared/iop/effects/reconcile.js';
import { reconcileMatchCases } from '../../shared/procurement/effects/reconcile.js';

const logger = createLogger({ function: 'Reconciler' });

/**
 * Runs hourly in AWS (and once at every local start): every open case whose
 * stage execution is no longer running (failed, timed out, lost in a redeploy
 * or a local restart) is started again at its current stage. DynamoDB is the
 * system of record, so nothing else is needed to resume. It is a safety net:
 * every repair is counted (ReconcilerRepairs) and alarmed on above zero.
 */
export async function handler(event: { startup?: boolean } = {}): Promise<{ iop: unknown; match: unknown }> {
  // At a (local) start no execution is in flight, so a case changed a minute
  // before the stop is resumed at once instead of after the grace period.
  const iop = await reconcileIopCases(logger, event?.startup === true ? { graceMs: 0 } : {});
  const match = await reconcileMatchCases(logger);
  logger.info('reconciled', { iop, match });
  // Always written, so the metric has its zeros; locally the line is kept out of the test output.
  if (process.env.LOG_LEVEL !== 'silent') {
    console.log(repairMetricLine('iop', iop.resumed.length));
    console.log(repairMetricLine('match', match.resumed + match.reviewsOpened));
  }
  return { iop, match };
}
