import { useEffect } from 'preact/hooks';
import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { pathTo } from '../router/routes.js';
import { Link } from './link.js';

/** Said by the inbox page when it marks something read, so the header's count follows. */
export const InboxChanged = 'iop:inbox-changed';

/** The header's way to the inbox, with the number of unread messages when there are any. */
export function InboxLink({ current }: { readonly current: boolean }) {
  const { t, api, session } = useApp();
  const unread = useResource(
    async () => (await answer(api.GET('/me/notifications', { params: { query: { limit: 1 } } }))).unread,
    `inbox-count/${session?.actor.sub}`,
  );
  useEffect(() => {
    const reload = () => unread.reload();
    window.addEventListener(InboxChanged, reload);
    return () => window.removeEventListener(InboxChanged, reload);
  }, [unread.reload]);
  const count = unread.data ?? 0;
  return (
    <Link href={pathTo('inbox')} class="inbox-link" current={current}>
      {count === 0 ? t('inbox.link') : count === 1 ? t('inbox.linkUnreadOne') : t('inbox.linkUnread', { count })}
    </Link>
  );
}
