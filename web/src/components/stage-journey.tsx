import { useApp } from '../app-context.js';
import { isEndStage, journeyIndex, JourneyStages } from '../format/status.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { useNarrow } from './use-narrow.js';

/**
 * The five stages as a diagram with the current one marked: sideways on a wide
 * screen, downwards on a phone so the names stay readable. The SVG is one image
 * whose title and description say the same in words.
 */
export function StageJourney({ stage, id }: { readonly stage: string; readonly id: string }) {
  const { t } = useApp();
  const narrow = useNarrow();
  const current = journeyIndex(stage);
  const ended = isEndStage(stage);
  const names = JourneyStages.map((s) => t(`stage.${s}` as MessageKey));
  const description =
    current >= 0
      ? t('journey.descCurrent', { stages: names.join(' → '), current: names[current]!, number: current + 1 })
      : t('journey.descEnded', { stages: names.join(' → '), state: t(`stage.${stage}` as MessageKey) });
  const step = narrow ? 48 : 150;
  const centre = (i: number) => step * i + step / 2;
  const [width, height] = narrow ? [300, step * 5] : [step * 5, 96];
  return (
    <figure class="journey">
      <svg viewBox={`0 0 ${width} ${height}`} class={narrow ? 'vertical' : undefined} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
        <title id={`${id}-title`}>{t('journey.title')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {narrow ? (
          <line x1="24" y1={centre(0)} x2="24" y2={centre(4)} class="journey-line" />
        ) : (
          <line x1={centre(0)} y1="32" x2={centre(4)} y2="32" class="journey-line" />
        )}
        {JourneyStages.map((s, i) => {
          const done = current > i;
          const here = i === current;
          const [cx, cy] = narrow ? [24, centre(i)] : [centre(i), 32];
          return (
            <g key={s} class={here ? 'journey-step current' : done ? 'journey-step done' : 'journey-step'}>
              <circle cx={cx} cy={cy} r={here ? 18 : 13} />
              <text x={cx} y={cy + 6} text-anchor="middle" class="journey-number">
                {done ? '✓' : String(i + 1)}
              </text>
              <text x={narrow ? 56 : cx} y={narrow ? cy + 6 : 84} text-anchor={narrow ? 'start' : 'middle'} class="journey-label">
                {names[i]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {ended ? t('journey.ended', { state: t(`stage.${stage}` as MessageKey) }) : current >= 0 ? t('journey.caption', { current: names[current]! }) : ''}
      </figcaption>
    </figure>
  );
}
