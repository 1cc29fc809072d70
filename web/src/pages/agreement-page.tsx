import type { AgreementDocumentView } from '../../../shared/iop/contract.js';
import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { PdfDownload } from '../agreement/pdf-download.js';
import { PendingPage } from '../components/feedback.js';
import { PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import { pathTo } from '../router/routes.js';
import * as agreementDocumentTexts from '../i18n/dictionary/agreement-document.js';
import { registerMessages } from '../i18n/messages.js';

// This page's texts travel in its chunk, not in the first load: here before the page first renders.
registerMessages(agreementDocumentTexts);

type Section = AgreementDocumentView['sections'][number];

/**
 * The agreement as a document to read before signing and to keep after: the
 * plain-language summary first, then the agreement's sections in order, what
 * an amendment changed, the signatures, and the earlier versions. It prints as
 * the document alone (the print stylesheet hides the rest of the app).
 */
export function AgreementPage({ id }: { readonly id: string }) {
  const { t, api, lang } = useApp();
  const version = Number(new URLSearchParams(location.search).get('version')) || undefined;
  const doc = useResource<AgreementDocumentView>(
    () => answer(api.GET('/iop/cases/{id}/agreement', { params: { path: { id }, query: { lang, ...(version !== undefined && { version }) } } })),
    `agreement/${id}/${version ?? 'latest'}/${lang}`,
  );
  if (!doc.data) return <PendingPage title={t('agreementDoc.loadingTitle')} resource={doc} />;
  const d = doc.data;
  const casePath = pathTo('case', { id });
  return (
    <article class="agreement-document" aria-busy={doc.loading ? 'true' : 'false'}>
      <p class="no-print">
        <Link href={casePath}>{t('agreementDoc.backToCase')}</Link>
      </p>
      <p class="meta">{d.heading}</p>
      <PageHeading text={d.title || d.reference} />
      <p class="meta">{[d.reference, d.versionText, d.stateText].join(' · ')}</p>
      {d.state === 'awaiting-signatures' && <p class="notice">{t('agreementDoc.readBeforeSigning')}</p>}
      <p class="actions no-print">
        <PdfDownload id={id} version={d.version} />{' '}
        <button type="button" class="secondary" onClick={() => print()}>
          {t('agreementDoc.print')}
        </button>
      </p>

      <section class="panel" aria-labelledby="summary-heading">
        <h2 id="summary-heading">{d.summaryHeading}</h2>
        <ul>
          {d.summary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      {d.changes && (
        <section aria-labelledby="changes-heading">
          <h2 id="changes-heading">{d.changes.heading}</h2>
          {d.changes.items.length === 0 ? (
            <p>{t('agreementDoc.noChanges')}</p>
          ) : (
            <ul>
              {d.changes.items.map((c) => (
                <li key={c.field}>{t('agreementDoc.changeBefore', { label: c.label, before: c.before, after: c.after })}</li>
              ))}
            </ul>
          )}
        </section>
      )}

      {d.sections.map((s) => (
        <DocumentSection key={s.id} section={s} />
      ))}

      <section aria-labelledby="signatures-heading">
        <h2 id="signatures-heading">{d.signaturesHeading}</h2>
        <ul class="plain signatures">
          {d.signatures.map((s) => (
            <li key={s.organisation}>{s.line}</li>
          ))}
        </ul>
      </section>

      {d.versions.length > 1 && (
        <section class="no-print" aria-labelledby="versions-heading">
          <h2 id="versions-heading">{t('agreementDoc.versionsHeading')}</h2>
          <ul class="plain">
            {d.versions.map((v) => {
              const text = `${t('case.version', { version: v.version })}: ${v.stateText}`;
              return (
                <li key={v.version}>
                  {v.version === d.version ? (
                    <>
                      {text} {t('agreementDoc.thisVersion')}
                    </>
                  ) : (
                    <Link href={`${location.pathname}?version=${v.version}`}>{text}</Link>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </article>
  );
}

function DocumentSection({ section }: { readonly section: Section }) {
  const headingId = `section-${section.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{section.heading}</h2>
      {section.paragraphs.map((p) => (
        <p key={p} class="prewrap">
          {p}
        </p>
      ))}
      {section.list && (
        <ul>
          {section.list.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
      {section.table && (
        <div class="document-table">
          <table>
            <caption class="visually-hidden">{section.heading}</caption>
            <thead>
              <tr>
                {section.table.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.table.rows.map((row) => (
                <tr key={row.join('|')}>
                  {row.map((cell, i) =>
                    i === 0 ? (
                      <th scope="row" key={`h${cell}`}>
                        {cell}
                      </th>
                    ) : (
                      <td key={`${i}-${cell}`}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
