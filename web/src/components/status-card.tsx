import type { PublicStatus } from '../../../shared/iop/contract.js';
import { useApp } from '../app-context.js';
import { isoOf } from '../format/dates.js';
import { statusLines, type DueMeaning } from '../format/status.js';

/**
 * Where a case is, what happens next, who acts and by when: the four questions
 * every reader has. When the reader's own organisation acts next, the box
 * says "Ni"; the date is labelled by what it means (senast, tidigast, datum).
 */
export function StatusSummary({ status, dueMeaning = 'by' }: { readonly status: Partial<PublicStatus> | null | undefined; readonly dueMeaning?: DueMeaning }) {
  const { t, lang, session } = useApp();
  const lines = statusLines(status, lang);
  const orgs = status?.whoActs?.orgs ?? [];
  const own = session !== undefined && orgs.includes(session.actor.org);
  const whoActs =
    own && lines.whoActs ? (orgs.length === 1 ? t('you.whoActs', { name: lines.whoActs }) : `${lines.whoActs} (${t('you.amongThem')})`) : lines.whoActs;
  return (
    <dl class="status">
      <div>
        <dt>{t('status.where')}</dt>
        <dd>{lines.headline || t('common.unknown')}</dd>
      </div>
      <div>
        <dt>{t('status.next')}</dt>
        <dd>{lines.next || t('common.unknown')}</dd>
      </div>
      <div>
        <dt>{t('status.whoActs')}</dt>
        <dd>{whoActs || t('common.unknown')}</dd>
      </div>
      <div>
        <dt>{t(`status.due.${dueMeaning}`)}</dt>
        <dd>{lines.due && lines.dueAt ? <time dateTime={isoOf(lines.dueAt)}>{lines.due}</time> : t('status.noDue')}</dd>
      </div>
    </dl>
  );
}
