import type { PrecheckResult } from '../../../shared/iop/contract.js';
import { useApp } from '../app-context.js';
import { pick } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/dictionary.js';

/** Each pre-check result with its reason; the outcome is said in words, not only by colour. */
export function PrecheckList({ results }: { readonly results: readonly PrecheckResult[] }) {
  const { t, lang } = useApp();
  return (
    <ul class="precheck">
      {results.map((r, i) => (
        <li key={`${r.check}-${r.orgId ?? i}`} class={`precheck-${r.outcome}`}>
          <span class={`badge outcome-${r.outcome}`}>{t(`precheck.outcome.${r.outcome}` as MessageKey)}</span>{' '}
          <strong>{t(`precheck.check.${r.check}` as MessageKey)}:</strong> {pick(r.reason, lang)}
        </li>
      ))}
    </ul>
  );
}
