import { useApp } from '../app-context.js';
import { journeyOf, type JourneyStep, type ReviewOfJourney } from '../format/journey.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { useNarrow } from './use-narrow.js';

/**
 * The case's steps as a diagram with the current one marked: sideways on a
 * wide screen, downwards on a phone (or when there are many review years) so
 * the names stay readable. The SVG is one image whose title and description
 * say the same in words. An IOP case names its stages with `stage.*`, a
 * match case with its own `matchStage.*`.
 */
export function StageJourney({
  stage,
  id,
  reviews = [],
  names = 'stage',
}: {
  readonly stage: string;
  readonly id: string;
  readonly reviews?: readonly ReviewOfJourney[];
  readonly names?: 'stage' | 'matchStage';
}) {
  const { t } = useApp();
  const journey = journeyOf(stage, reviews);
  const nameOf = (step: JourneyStep): string =>
    step.kind === 'stage' ? t(`${names}.${step.stage}` as MessageKey) : step.final ? t('dates.finalReview') : t('journey.reviewYear', { number: step.number });
  const labels = journey.steps.map(nameOf);
  const count = labels.length;
  const narrow = useNarrow() || count > 6;
  const current = journey.current;
  const endedName = journey.ended ? t(`${names}.${journey.ended}` as MessageKey) : '';
  const description =
    current >= 0
      ? t('journey.descCurrent', { stages: labels.join(' → '), current: labels[current]!, number: current + 1 })
      : t('journey.descEnded', { stages: labels.join(' → '), state: endedName });
  const step = narrow ? 48 : 150;
  const centre = (i: number) => step * i + step / 2;
  const [width, height] = narrow ? [300, step * count] : [step * count, 96];
  return (
    <figure class="journey">
      <svg viewBox={`0 0 ${width} ${height}`} class={narrow ? 'vertical' : undefined} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false">
        <title id={`${id}-title`}>{t(names === 'stage' ? 'journey.title' : 'matchJourney.title')}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {narrow ? (
          <line x1="24" y1={centre(0)} x2="24" y2={centre(count - 1)} class="journey-line" />
        ) : (
          <line x1={centre(0)} y1="32" x2={centre(count - 1)} y2="32" class="journey-line" />
        )}
        {journey.steps.map((s, i) => {
          const [cx, cy] = narrow ? [24, centre(i)] : [centre(i), 32];
          return (
            <g key={`${s.kind}-${i}`} class={s.state === 'current' ? 'journey-step current' : s.state === 'done' ? 'journey-step done' : 'journey-step'}>
              <circle cx={cx} cy={cy} r={s.state === 'current' ? 18 : 13} />
              <text x={cx} y={cy + 6} text-anchor="middle" class="journey-number">
                {s.state === 'done' ? '✓' : String(i + 1)}
              </text>
              <text x={narrow ? 56 : cx} y={narrow ? cy + 6 : 84} text-anchor={narrow ? 'start' : 'middle'} class="journey-label">
                {labels[i]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {journey.ended ? t('journey.ended', { state: endedName }) : current >= 0 ? t('journey.caption', { current: labels[current]! }) : ''}
      </figcaption>
    </figure>
  );
}
