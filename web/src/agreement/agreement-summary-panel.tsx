import type { AgreementDocumentView, IopCaseView } from '../../../shared/iop/contract.js';
import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { Link } from '../components/link.js';
import { pathTo } from '../router/routes.js';
import { PdfDownload } from './pdf-download.js';

/**
 * On the case page, once there is an agreement: its plain-language summary
 * (the same sentences the document opens with), a link to read it whole and
 * its PDF, before signing as after.
 */
export function AgreementSummaryPanel({ detail }: { readonly detail: IopCaseView }) {
  const { t, api, lang } = useApp();
  const id = detail.id;
  const latest = detail.agreement?.version;
  const doc = useResource<AgreementDocumentView | undefined>(
    async () => (latest === undefined ? undefined : answer(api.GET('/iop/cases/{id}/agreement', { params: { path: { id }, query: { lang } } }))),
    `agreement-summary/${id}/${latest}/${lang}/${detail.version}`,
  );
  if (latest === undefined || !doc.data) return null;
  const d = doc.data;
  return (
    <section class="panel agreement-summary" aria-labelledby="agreement-summary-heading">
      <h2 id="agreement-summary-heading">{t('agreementDoc.caseHeading')}</h2>
      <p class="meta">{d.summaryHeading}</p>
      <ul>
        {d.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class="actions">
        <Link href={pathTo('agreement', { id })}>{t('agreementDoc.read', { version: d.version })}</Link> <PdfDownload id={id} version={d.version} />
      </p>
    </section>
  );
}
