import { useApp } from '../app-context.js';
import { formatDate, isoOf } from '../format/dates.js';
import { placeOnLine, yearTicks, type DatedItem } from '../format/date-line.js';

/**
 * Dates on a line (review dates, award, standstill and appeal dates). The
 * picture carries numbers and years; the numbered list under it says the same
 * in words, so the picture never has to be read to know a date.
 */
export function DateTimeline({ items, title, id }: { readonly items: readonly DatedItem[]; readonly title: string; readonly id: string }) {
  const { lang, t } = useApp();
  const placed = placeOnLine(items);
  if (placed.length === 0) return <p>{t('dates.none')}</p>;
  const width = 720;
  const margin = 24;
  const rows = Math.max(...placed.map((p) => p.row)) + 1;
  const axisY = 20 + rows * 24;
  const height = axisY + 36;
  const x = (p: number) => margin + p * (width - 2 * margin);
  const summary = placed.map((p) => `${p.number}. ${p.label}: ${formatDate(p.at, lang)}`).join('; ');
  return (
    <figure class="date-line">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        <line x1={margin - 12} y1={axisY} x2={width - margin + 12} y2={axisY} class="date-axis" />
        {yearTicks(placed).map((tick) => (
          <g key={tick.year} class="date-tick">
            <line x1={x(tick.position)} y1={axisY - 6} x2={x(tick.position)} y2={axisY + 6} />
            <text x={x(tick.position)} y={axisY + 26} text-anchor="middle">
              {tick.year}
            </text>
          </g>
        ))}
        {placed.map((p) => {
          const labelY = axisY - 16 - p.row * 24;
          return (
            <g key={p.number} class={p.kind === 'deadline' ? 'date-mark deadline' : 'date-mark'}>
              {p.row > 0 && <line x1={x(p.position)} y1={axisY} x2={x(p.position)} y2={labelY + 4} class="date-stem" />}
              {p.kind === 'deadline' ? (
                <rect x={x(p.position) - 6} y={axisY - 6} width="12" height="12" transform={`rotate(45 ${x(p.position)} ${axisY})`} />
              ) : (
                <circle cx={x(p.position)} cy={axisY} r="6" />
              )}
              <text x={x(p.position)} y={labelY} text-anchor="middle" class="date-number">
                {p.number}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ol class="date-list">
          {placed.map((p) => (
            <li key={p.number}>
              <span class={p.kind === 'deadline' ? 'badge deadline' : 'badge'}>{p.kind === 'deadline' ? t('dates.deadline') : t('dates.event')}</span> {p.label}
              : <time dateTime={isoOf(p.at)}>{formatDate(p.at, lang)}</time>
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
