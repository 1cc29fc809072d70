/**
 * The reconciler's repairs as a CloudWatch metric, written in the Embedded
 * Metric Format (one JSON log line CloudWatch turns into a metric; no SDK
 * call, no extra latency). In normal operation the value is 0: effects run
 * from the table's stream, so a repair means something was lost, and the
 * alarm on it (Monitoring) says so.
 */
export const RepairMetric = { namespace: 'IopWorkflows', name: 'ReconcilerRepairs', dimension: 'Kind' } as const;

export function repairMetricLine(kind: string, repairs: number, now = new Date()): string {
  return JSON.stringify({
    _aws: {
      Timestamp: now.getTime(),
      CloudWatchMetrics: [{ Namespace: RepairMetric.namespace, Dimensions: [[RepairMetric.dimension]], Metrics: [{ Name: RepairMetric.name, Unit: 'Count' }] }],
    },
    [RepairMetric.dimension]: kind,
    [RepairMetric.name]: repairs,
  });
}
