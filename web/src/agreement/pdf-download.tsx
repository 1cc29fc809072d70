import { useState } from 'preact/hooks';
import { useApp } from '../app-context.js';

/**
 * "Ladda ner PDF": the PDF needs the reader's sign-in, which a plain link
 * cannot send, so the button fetches it and hands the browser the file under
 * the name the API gives it (the case and the version).
 */
export function PdfDownload({ id, version }: { readonly id: string; readonly version: number }) {
  const { t, api, lang } = useApp();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      const { data, response } = await api.GET('/iop/cases/{id}/agreement.pdf', {
        params: { path: { id }, query: { version, lang } },
        parseAs: 'blob',
        headers: { accept: 'application/pdf, application/problem+json' },
      });
      if (!response.ok || !data) throw new Error(String(response.status));
      const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `agreement-version-${version}.pdf`;
      const url = URL.createObjectURL(data as Blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <>
      <button type="button" onClick={download} disabled={state === 'busy'}>
        {state === 'busy' ? t('agreementDoc.downloadingPdf') : t('agreementDoc.downloadPdf')}
      </button>
      {state === 'failed' && (
        <p class="notice error" role="alert">
          {t('agreementDoc.pdfFailed')}
        </p>
      )}
    </>
  );
}
