import type { TimelineEntryView } from '../../../shared/iop/contract.js';
import type { Resource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { formatDateTime, isoOf } from '../format/dates.js';
import { pick } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { LoadError, Loading } from './feedback.js';

/** Every event with who, when and what, oldest first (the timeline is append-only). */
export function TimelineList({ entries }: { readonly entries: readonly TimelineEntryView[] }) {
  const { t, lang } = useApp();
  if (entries.length === 0) return <p>{t('timeline.empty')}</p>;
  return (
    <ol class="timeline">
      {entries.map((e, i) => (
        <li key={`${e.at}-${i}`} class={e.material ? 'material' : undefined}>
          <p class="timeline-when">
            <time dateTime={isoOf(e.at)}>{formatDateTime(e.at, lang)}</time>
          </p>
          <p class="timeline-what">{pick(e.text, lang)}</p>
          <p class="timeline-who">
            {(() => {
              const role =
                e.actor.role in { healthcare: 1, civil: 1, approver: 1, procurement: 1, admin: 1 } ? t(`role.${e.actor.role}` as MessageKey) : e.actor.role;
              // An umbrella organisation acting for a member: "X för Y".
              const via = e.actor.actingFor;
              return via
                ? t('timeline.byFor', { name: e.actor.name, umbrella: via.umbrellaName, member: via.memberName, role })
                : t('timeline.by', { name: e.actor.name, role });
            })()}
          </p>
        </li>
      ))}
    </ol>
  );
}

/** A case's timeline under its heading, with progress and errors of its own (the case above stays usable). */
export function TimelineSection({ headingId, timeline }: { readonly headingId: string; readonly timeline: Resource<readonly TimelineEntryView[]> }) {
  const { t } = useApp();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('case.timelineHeading')}</h2>
      {timeline.loading && !timeline.data && <Loading />}
      {timeline.error && <LoadError error={timeline.error} onRetry={timeline.reload} />}
      {timeline.data && <TimelineList entries={timeline.data} />}
    </section>
  );
}
