import type { ApiError } from '../api/api-client.js';
import { refusalText } from '../api/friendly-message.js';
import type { Resource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { PageHeading } from './layout.js';

/** Progress text for a long operation; the region is polite so it is read without interrupting. */
export function Loading({ label }: { readonly label?: string }) {
  const { t } = useApp();
  return (
    <p class="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

/** A failed load, said plainly, with what the reader can do about it. */
export function LoadError({ error, onRetry }: { readonly error: ApiError; readonly onRetry?: () => void }) {
  const { t, lang } = useApp();
  const detail = refusalText(error.problem, lang);
  const text =
    error.status === 403 ? t('error.forbidden') : error.status === 404 ? t('error.notFound') : error.status === 0 ? t('error.network') : t('error.generic');
  return (
    <div class="notice error" role="alert">
      <p>{text}</p>
      {detail && detail !== text && <p class="detail">{detail}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** A short confirmation after an action; announced politely. */
export function Confirmation({ text }: { readonly text: string | undefined }) {
  return (
    <p class="confirmation" role="status" aria-live="polite">
      {text ?? ''}
    </p>
  );
}

/**
 * A page whose main resource has not arrived: its title, and progress or what
 * went wrong. Every detail page shows the same thing until its data is there.
 */
export function PendingPage({ title, resource }: { readonly title: string; readonly resource: Resource<unknown> }) {
  return (
    <section aria-busy={resource.loading ? 'true' : 'false'}>
      <PageHeading text={title} />
      {resource.loading && <Loading />}
      {resource.error && <LoadError error={resource.error} onRetry={resource.reload} />}
    </section>
  );
}
