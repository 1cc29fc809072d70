import type { OrganisationView } from '../../../shared/admin/contract.js';
import type { FormErrors } from '../api/problem.js';
import { useApp } from '../app-context.js';
import { CheckboxField, TextField } from '../components/form-fields.js';
import { formatDate } from '../format/dates.js';

/**
 * Whether a civil party is idéburen. For an organisation of the registry the
 * answers are its checked statutes, shown and sent as the registry has them
 * (the API reads them there too); for any other the reader answers.
 */
export function CriteriaFields({
  prefix,
  registered,
  errors,
}: {
  readonly prefix: string;
  readonly registered?: OrganisationView;
  readonly errors: FormErrors;
}) {
  const { t, lang } = useApp();
  const c = registered?.criteria;
  const fixed = c !== undefined;
  const reg = registered?.kammarkollegiet;
  return (
    // Mounted anew when the registry's answers arrive, so the boxes show them.
    <fieldset class="nested" key={`${prefix}-${registered?.id ?? 'own'}`}>
      <legend>{t('newCase.criteriaLegend')}</legend>
      {fixed && <p class="hint">{t('newCase.criteriaFromRegistry', { date: formatDate(c.checkedOn, lang) })}</p>}
      <fieldset class="plain" disabled={fixed}>
        <CheckboxField
          name={`${prefix}.criteria.solePublicBenefitPurpose`}
          label={t('newCase.solePurpose')}
          defaultChecked={c?.solePublicBenefitPurpose}
          errors={errors}
        />
        <CheckboxField
          name={`${prefix}.criteria.publicBodyControllingInfluence`}
          label={t('newCase.controlling')}
          hint={t('newCase.controllingHint')}
          defaultChecked={c?.publicBodyControllingInfluence}
          errors={errors}
        />
        <CheckboxField
          name={`${prefix}.criteria.assetsToNonProfitOnDissolution`}
          label={t('newCase.assets')}
          defaultChecked={c?.assetsToNonProfitOnDissolution}
          errors={errors}
        />
        <CheckboxField
          name={`${prefix}.criteria.isFoundation`}
          label={t('newCase.foundation')}
          hint={t('newCase.foundationHint')}
          defaultChecked={c?.isFoundation}
          errors={errors}
        />
        <TextField
          name={`${prefix}.criteria.kammarkollegietRegistration.registrationNumber`}
          label={t('newCase.registration')}
          hint={t('newCase.registrationHint')}
          defaultValue={reg?.registrationNumber}
          errors={errors}
        />
        <TextField
          name={`${prefix}.criteria.kammarkollegietRegistration.registeredAt`}
          type="date"
          label={t('newCase.registeredAt')}
          defaultValue={reg?.registeredAt}
          errors={errors}
        />
      </fieldset>
    </fieldset>
  );
}
