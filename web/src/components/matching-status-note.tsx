import { useEffect } from 'preact/hooks';
import type { MatchingStatusView } from '../../../shared/procurement/contract.js';
import { useApp } from '../app-context.js';
import { formatDateTime } from '../format/dates.js';

/** How often a page whose matches are being recalculated asks again. */
const RECHECK_MS = 2_000;

/**
 * Says whether the matches shown are those of the latest change. While they
 * are being recalculated (from the stream, just after a save), the page asks
 * again every few seconds until they are.
 */
export function MatchingStatusNote({ status, onRecheck }: { readonly status: MatchingStatusView; readonly onRecheck: () => void }) {
  const { t, lang } = useApp();
  useEffect(() => {
    if (!status.updating) return;
    const timer = setTimeout(onRecheck, RECHECK_MS);
    return () => clearTimeout(timer);
  }, [status.updating, status.updatedAt, onRecheck]);
  if (status.updating) {
    return (
      <p class="notice" role="status" aria-live="polite">
        {t('matchingStatus.updating')}
      </p>
    );
  }
  return status.updatedAt ? <p class="meta">{t('matchingStatus.updatedAt', { time: formatDateTime(status.updatedAt, lang) })}</p> : null;
}
