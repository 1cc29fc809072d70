import { useState } from 'preact/hooks';
import type { EmailDelivery, InboxItemViewType, NotificationPreferenceViewType } from '../../../shared/notifications/contract.js';
import { answer, idempotent } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { ActionForm } from '../components/action-form.js';
import { LoadError, Loading } from '../components/feedback.js';
import { SelectField } from '../components/form-fields.js';
import { InboxChanged } from '../components/inbox-link.js';
import { PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import { formatDate, formatDateTime } from '../format/dates.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { pathTo } from '../router/routes.js';

/** The choices, in the order the form offers them (the compiler checks that none is missing). */
const Deliveries = Object.keys({ both: true, 'material-at-once': true, 'digest-only': true } satisfies Record<EmailDelivery, true>) as EmailDelivery[];
const PageSize = 20;

/** A person's inbox, newest first, read and unread, and their choice of how they are told. */
export function InboxPage() {
  const { t, api, session } = useApp();
  const [pages, setPages] = useState(1);
  const inbox = useResource(async () => {
    let items: InboxItemViewType[] = [];
    let after: string | undefined;
    let unread = 0;
    let more = false;
    for (let page = 0; page < pages; page++) {
      const answered = await answer(api.GET('/me/notifications', { params: { query: { limit: PageSize, ...(after ? { after } : {}) } } }));
      items = [...items, ...answered.items];
      unread = answered.unread;
      after = answered.next;
      more = answered.next !== undefined;
      if (!more) break;
    }
    return { items, unread, more };
  }, `inbox/${session?.actor.sub}/${pages}`);

  async function markRead(item: InboxItemViewType, key: string) {
    await answer(api.POST('/me/notifications/{id}/read', { params: { path: { id: item.id }, header: idempotent(key) } }));
    inbox.reload();
    window.dispatchEvent(new Event(InboxChanged));
  }

  return (
    <section aria-busy={inbox.loading ? 'true' : 'false'}>
      <PageHeading text={t('inbox.title')} />
      <p class="lead">{t('inbox.intro')}</p>
      {inbox.loading && !inbox.data && <Loading />}
      {inbox.error && <LoadError error={inbox.error} onRetry={inbox.reload} />}
      {inbox.data && (
        <>
          <p role="status">
            {inbox.data.unread === 0 ? t('inbox.noneUnread') : inbox.data.unread === 1 ? t('inbox.unreadOne') : t('inbox.unread', { count: inbox.data.unread })}
          </p>
          {inbox.data.items.length === 0 ? (
            <p>{t('inbox.empty')}</p>
          ) : (
            <ul class="cards inbox">
              {inbox.data.items.map((item) => (
                <InboxCard key={item.id} item={item} onRead={markRead} />
              ))}
            </ul>
          )}
          {inbox.data.more && (
            <button type="button" onClick={() => setPages((n) => n + 1)}>
              {t('inbox.more')}
            </button>
          )}
        </>
      )}
      <Preferences />
    </section>
  );
}

function InboxCard({ item, onRead }: { readonly item: InboxItemViewType; readonly onRead: (item: InboxItemViewType, key: string) => Promise<void> }) {
  const { t, lang } = useApp();
  const [busy, setBusy] = useState(false);
  const page = pathTo(item.kind === 'iop' ? 'case' : item.kind === 'tender-school' ? 'tenderSchool' : 'matchCase', { id: item.caseId });
  return (
    <li class={item.read ? 'card inbox-item read' : 'card inbox-item unread'}>
      <p class="badge">{item.read ? t('inbox.read') : t('inbox.unreadLabel')}</p>
      <h2>
        <Link href={page}>{item.title}</Link>
      </h2>
      <p>{item.happened[lang]}</p>
      {item.youAct && <p class="badge deadline">{t('inbox.youAct')}</p>}
      <p>{t('inbox.next', { text: item.next[lang] })}</p>
      {item.dueAt && <p>{t('inbox.due', { date: formatDate(item.dueAt, lang) })}</p>}
      <p class="hint">{t('inbox.at', { date: formatDateTime(item.at, lang) })}</p>
      <p>
        <Link href={page}>{t('inbox.open')}</Link>
      </p>
      {!item.read && (
        <button
          type="button"
          disabled={busy}
          aria-label={t('inbox.markReadNamed', { title: item.title })}
          onClick={async () => {
            setBusy(true);
            try {
              await onRead(item, crypto.randomUUID());
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('inbox.markRead')}
        </button>
      )}
    </li>
  );
}

function Preferences() {
  const { t, api, session } = useApp();
  const choice = useResource(async () => answer<NotificationPreferenceViewType>(api.GET('/me/notification-preferences')), `prefs/${session?.actor.sub}`);
  const current = choice.data;
  return (
    <section aria-labelledby="prefs-heading" class="panel">
      <h2 id="prefs-heading">{t('prefs.title')}</h2>
      <p>{t('prefs.intro')}</p>
      {choice.loading && !current && <Loading />}
      {choice.error && <LoadError error={choice.error} onRetry={choice.reload} />}
      {current?.emailStatus === 'suppressed' && <p role="alert">{t('prefs.suppressed')}</p>}
      {current?.emailStatus === 'unknown' && <p>{t('prefs.unknownAddress')}</p>}
      {current && (
        <ActionForm
          scope="prefs"
          title={t('prefs.formTitle')}
          submitLabel={t('prefs.save')}
          doneText={t('prefs.saved')}
          fields={['emailDelivery', 'language']}
          send={(v, key) =>
            answer(
              api.PUT('/me/notification-preferences', {
                params: { header: idempotent(key) },
                body: { emailDelivery: String(v.emailDelivery) as EmailDelivery, language: v.language === 'en' ? 'en' : 'sv' },
              }),
            )
          }
          onDone={choice.reload}
        >
          {(errors) => (
            <>
              <SelectField
                name="emailDelivery"
                label={t('prefs.delivery')}
                defaultValue={current.emailDelivery}
                options={Deliveries.map((d) => ({ value: d, label: t(`prefs.delivery.${d}` as MessageKey) }))}
                errors={errors}
              />
              <SelectField
                name="language"
                label={t('prefs.language')}
                defaultValue={current.language}
                options={[
                  { value: 'sv', label: t('prefs.language.sv') },
                  { value: 'en', label: t('prefs.language.en') },
                ]}
                errors={errors}
              />
            </>
          )}
        </ActionForm>
      )}
    </section>
  );
}
