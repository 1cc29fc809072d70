import type { PublicStatus } from '../../../shared/iop/contract.js';
import { useApp } from '../app-context.js';
import { isoOf } from '../format/dates.js';
import { statusLines } from '../format/status.js';

/** Where a case is, what happens next, who acts and by when: the four questions every reader has. */
export function StatusSummary({ status }: { readonly status: Partial<PublicStatus> | null | undefined }) {
  const { t, lang } = useApp();
  const lines = statusLines(status, lang);
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
        <dd>{lines.whoActs || t('common.unknown')}</dd>
      </div>
      <div>
        <dt>{t('status.due')}</dt>
        <dd>{lines.due && lines.dueAt ? <time dateTime={isoOf(lines.dueAt)}>{lines.due}</time> : t('status.noDue')}</dd>
      </div>
    </dl>
  );
}
