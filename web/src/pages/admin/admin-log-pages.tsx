import { useState } from 'preact/hooks';
import type { AuditEntryView, OrganisationSummaryView } from '../../../../shared/admin/contract.js';
import { answer } from '../../api/api-client.js';
import { useResource } from '../../api/use-resource.js';
import { useApp } from '../../app-context.js';
import { LoadError, Loading } from '../../components/feedback.js';
import { PageHeading } from '../../components/layout.js';
import { formatDateTime, isoOf } from '../../format/dates.js';
import type { MessageKey } from '../../i18n/dictionary.js';
import { OrganisationEditor } from './organisation-editor.js';
import * as adminTexts from '../../i18n/dictionary/admin.js';
import * as adminEditTexts from '../../i18n/dictionary/admin-edit.js';
import { registerMessages } from '../../i18n/messages.js';

// This page's texts travel in its chunk, not in the first load: here before the page first renders.
registerMessages(adminTexts, adminEditTexts);

/** What changed, in words: each changed field before → after. */
function changeText(e: AuditEntryView): string {
  const keys = new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})]);
  const show = (v: unknown) => (v === undefined ? '–' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  return [...keys].map((k) => (e.before ? `${k}: ${show(e.before[k])} → ${show(e.after?.[k])}` : `${k}: ${show(e.after?.[k])}`)).join('; ');
}

/** The body's audit log, newest first, a page at a time. */
export function AdminAuditPage() {
  const { t, api, lang } = useApp();
  const [before, setBefore] = useState<string | undefined>(undefined);
  const page = useResource(() => answer(api.GET('/admin/audit', { params: { query: { before, limit: 25 } } })), `audit-${before ?? ''}`);
  return (
    <section aria-busy={page.loading ? 'true' : 'false'}>
      <PageHeading text={t('admin.auditTitle')} />
      <p class="lead">{t('admin.auditIntro')}</p>
      {page.loading && !page.data && <Loading />}
      {page.error && <LoadError error={page.error} onRetry={page.reload} />}
      {page.data && page.data.items.length === 0 && <p>{t('admin.auditEmpty')}</p>}
      {page.data && page.data.items.length > 0 && (
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.colWhen')}</th>
              <th scope="col">{t('admin.colWho')}</th>
              <th scope="col">{t('admin.colWhat')}</th>
              <th scope="col">{t('admin.colChange')}</th>
            </tr>
          </thead>
          <tbody>
            {page.data.items.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={isoOf(e.at)}>{formatDateTime(e.at, lang)}</time>
                </td>
                <td>{e.actor.name}</td>
                <th scope="row">{t(`audit.${e.action}` as MessageKey, { name: e.subject.name })}</th>
                <td>{changeText(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.data?.next && (
        <button type="button" onClick={() => setBefore(page.data?.next)}>
          {t('admin.older')}
        </button>
      )}
    </section>
  );
}

/** Intresseanmälningar sent to the reader's public body, newest first. */
export function InterestPage() {
  const { t, api, lang } = useApp();
  const notes = useResource(async () => (await answer(api.GET('/interest'))).items, 'interest');
  return (
    <section aria-busy={notes.loading ? 'true' : 'false'}>
      <PageHeading text={t('admin.interestTitle')} />
      <p class="lead">{t('admin.interestIntro')}</p>
      {notes.loading && !notes.data && <Loading />}
      {notes.error && <LoadError error={notes.error} onRetry={notes.reload} />}
      {notes.data && notes.data.length === 0 && <p>{t('admin.interestEmpty')}</p>}
      <ul class="cards">
        {notes.data?.map((n) => (
          <li key={n.id} class="card">
            <h2>{n.organisationName}</h2>
            <p class="meta">
              <time dateTime={isoOf(n.at)}>{formatDateTime(n.at, lang)}</time>
              {n.unit && ` · ${n.unit.name}`}
              {n.organisationNumber && ` · ${n.organisationNumber}`}
            </p>
            <p>{n.idea}</p>
            <p>
              {n.contactName}, <a href={`mailto:${n.email}`}>{n.email}</a>
              {n.phone && `, ${n.phone}`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The registry, searchable by name; administrators add units and idéburna organisations. */
export function AdminOrganisationsPage() {
  const { t, api, session } = useApp();
  const [q, setQ] = useState('');
  const [editing, setEditing] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  // What this administrator may change (the API decides; this only hides buttons that would be refused).
  const body = session?.actor.org;
  const mayEdit = (o: OrganisationSummaryView) => o.kind === 'ideburen' || o.id === body || o.publicBodyId === body;
  const found = useResource(async () => (await answer(api.GET('/organisations', { params: { query: { q: q || undefined, limit: 100 } } }))).items, `orgs-${q}`);
  const kindLabel = (o: OrganisationSummaryView) =>
    o.kind === 'unit' && o.unitType ? t(`admin.unitType.${o.unitType}` as MessageKey) : t(`admin.kind.${o.kind}` as MessageKey);
  return (
    <section aria-busy={found.loading ? 'true' : 'false'}>
      <PageHeading text={t('admin.organisationsTitle')} />
      <p class="lead">{t('admin.organisationsIntro')}</p>
      <div class="field">
        <label for="org-search">{t('admin.search')}</label>
        <input id="org-search" type="search" value={q} onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)} />
      </div>
      {saved && (
        <p class="notice" role="status">
          {t('orgEdit.saved', { name: saved })}
        </p>
      )}
      {editing && (
        <OrganisationEditor
          id={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(org) => {
            setEditing(undefined);
            setSaved(org.name);
            found.reload();
          }}
        />
      )}
      {found.error && <LoadError error={found.error} onRetry={found.reload} />}
      {found.data && (
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.orgName')}</th>
              <th scope="col">{t('admin.colKind')}</th>
              <th scope="col">{t('admin.colNumber')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('orgEdit.edit')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {found.data.map((o) => (
              <tr key={o.id}>
                <th scope="row">
                  {o.name}
                  {o.publicBodyName && (
                    <>
                      <br />
                      <span class="hint">{o.publicBodyName}</span>
                    </>
                  )}
                </th>
                <td>{kindLabel(o)}</td>
                <td>{o.organisationNumber ?? '–'}</td>
                <td>
                  {mayEdit(o) && (
                    <button
                      type="button"
                      aria-label={t('orgEdit.editName', { name: o.name })}
                      onClick={() => {
                        setSaved(undefined);
                        setEditing(o.id);
                      }}
                    >
                      {t('orgEdit.edit')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
