import type { OverviewTable } from '../../../../shared/reporting/contract.js';
import { useApp } from '../../app-context.js';

/** One table of the overview: its caption, column headings, and a row heading per row (a label or a year, as it is); figures in Swedish or English style. */
export function FiguresTable({ table }: { readonly table: OverviewTable }) {
  const { t, lang } = useApp();
  const number = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB');
  const cell = (value: string | number | undefined) => (typeof value === 'number' ? number.format(value) : (value ?? '–'));
  return (
    // Focusable and named, so a keyboard can scroll a wide table on a narrow screen (axe: scrollable-region-focusable).
    // biome-ignore lint/a11y/useSemanticElements: a named scroll region, not a section of the page's outline.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to be scrolled without a mouse.
    <div class="table-scroll" tabIndex={0} role="region" aria-label={table.caption}>
      <table class="figures" data-table={table.id}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 && (
            <tr>
              <td colSpan={table.columns.length}>{t('overview.empty')}</td>
            </tr>
          )}
          {table.rows.map((row, i) => (
            <tr key={`${table.id}-${i}`}>
              {row.map((value, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {value ?? '–'}
                  </th>
                ) : (
                  <td key={j} class={typeof value === 'number' ? 'num' : undefined}>
                    {cell(value)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
