import * as chartist from 'chartist';
import { useEffect, useRef } from 'preact/hooks';
import type { OverviewTable } from '../../../../shared/reporting/contract.js';

/**
 * Chartist's own type declarations use extensionless relative paths, which
 * NodeNext resolution cannot follow; this is the part of its API used here.
 */
interface BarChartApi {
  new (element: Element, data: { labels: string[]; series: number[][] }, options: Record<string, unknown>): { detach(): void };
}
const { BarChart } = chartist as unknown as { BarChart: BarChartApi };

/**
 * A bar chart of one overview table, drawn by Chartist (SVG, so it prints
 * sharp). It is a picture for those who see it: assistive technology reads one
 * label naming it, and the table that always follows it has the figures.
 */
export function TableChart({ table, label }: { readonly table: OverviewTable; readonly label: string }) {
  const holder = useRef<HTMLDivElement>(null);
  const chart = table.chart;
  useEffect(() => {
    if (!holder.current || !chart) return;
    const labels = table.rows.map((row) => String(row[chart.labels] ?? ''));
    const series = chart.series.map((column) => table.rows.map((row) => Number(row[column] ?? 0)));
    const drawn = new BarChart(
      holder.current,
      { labels, series },
      {
        height: '220px',
        seriesBarDistance: series.length > 1 ? 14 : 0,
        axisY: { onlyInteger: true, offset: 70, labelInterpolationFnc: (value: number | string) => Number(value).toLocaleString('sv-SE') },
        chartPadding: { top: 12, right: 8, bottom: 4, left: 8 },
      },
    );
    return () => drawn.detach();
  }, [table, chart]);
  if (!chart) return null;
  return (
    <div class="chart-frame">
      <div class="chart" ref={holder} role="img" aria-label={label} />
      {chart.series.length > 1 && (
        <ul class="chart-legend" aria-hidden="true">
          {chart.series.map((column, i) => (
            <li key={column} class={`legend-${String.fromCharCode(97 + i)}`}>
              {table.columns[column]}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
