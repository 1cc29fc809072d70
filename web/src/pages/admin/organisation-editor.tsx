import { useState } from 'preact/hooks';
import { LegalForms, type OrganisationView, UnitTypes } from '../../../../shared/admin/contract.js';
import { answer, idempotent } from '../../api/api-client.js';
import { useResource } from '../../api/use-resource.js';
import { useSubmit } from '../../api/use-submit.js';
import { useApp } from '../../app-context.js';
import { LoadError, Loading } from '../../components/feedback.js';
import { CheckboxField, ErrorSummary, formValues, SelectField, SubmitButton, TextField } from '../../components/form-fields.js';
import type { MessageKey } from '../../i18n/dictionary.js';

const EditFields = [
  'name',
  'organisationNumber',
  'unitType',
  'legalForm',
  'criteria.solePublicBenefitPurpose',
  'criteria.publicBodyControllingInfluence',
  'criteria.assetsToNonProfitOnDissolution',
  'criteria.checkedOn',
  'contact.name',
  'contact.role',
  'contact.email',
  'contact.phone',
  'partner',
];

type Values = Readonly<Record<string, string | boolean>>;
const text = (v: Values, k: string) => String(v[k] ?? '').trim();

/** The PUT body from the form: only the parts the organisation's kind has, at the version the form was filled from. */
function changesOf(org: OrganisationView, v: Values) {
  const number = text(v, 'organisationNumber');
  const common = { expectedVersion: org.version, name: text(v, 'name'), ...(number ? { organisationNumber: number } : {}) };
  if (org.kind === 'unit') return { ...common, unitType: text(v, 'unitType') as (typeof UnitTypes)[number] };
  if (org.kind === 'ideburen') {
    const legalForm = text(v, 'legalForm') as (typeof LegalForms)[number];
    return {
      ...common,
      partner: v.partner === true,
      legalForm,
      criteria: {
        solePublicBenefitPurpose: v['criteria.solePublicBenefitPurpose'] === true,
        publicBodyControllingInfluence: v['criteria.publicBodyControllingInfluence'] === true,
        assetsToNonProfitOnDissolution: v['criteria.assetsToNonProfitOnDissolution'] === true,
        // A stiftelse is a foundation and a foundation a stiftelse: the legal form says it.
        isFoundation: legalForm === 'stiftelse',
        checkedOn: text(v, 'criteria.checkedOn'),
      },
    };
  }
  const phone = text(v, 'contact.phone');
  const contact = { name: text(v, 'contact.name'), role: text(v, 'contact.role'), email: text(v, 'contact.email'), ...(phone ? { phone } : {}) };
  return { ...common, ...(contact.name || contact.role || contact.email ? { contact } : {}) };
}

/**
 * Changes one organisation of the registry: a unit of the administrator's body,
 * the body's own entry (its way-in contact) or an idéburen organisation. The
 * change carries the version the form was filled from; when someone else saved
 * first the API answers 409 and the form says so, with the newer version one click away.
 */
export function OrganisationEditor({
  id,
  onSaved,
  onClose,
}: {
  readonly id: string;
  readonly onSaved: (org: OrganisationView) => void;
  readonly onClose: () => void;
}) {
  const { t, api, session } = useApp();
  const body = session?.actor.org;
  const org = useResource(() => answer(api.GET('/organisations/{id}', { params: { path: { id } } })), `edit-org-${id}`);
  const [conflict, setConflict] = useState(false);
  const save = useSubmit<OrganisationView>(EditFields, (error) => setConflict(error.problem.status === 409));
  const o = org.data;

  async function onSubmit(event: Event) {
    event.preventDefault();
    if (!o) return;
    setConflict(false);
    const body = changesOf(o, formValues(event.currentTarget as HTMLFormElement));
    const saved = await save.submit((key) => answer(api.PUT('/admin/organisations/{id}', { params: { path: { id }, header: idempotent(key) }, body })));
    if (saved) onSaved(saved);
  }

  function reload() {
    setConflict(false);
    save.clear();
    org.reload();
  }

  if (org.loading && !o) return <Loading />;
  if (org.error) return <LoadError error={org.error} onRetry={org.reload} />;
  if (!o) return null;
  const errors = conflict ? { fields: save.errors.fields, summary: [] } : save.errors;
  return (
    // The key remounts the form at each version read, so its fields show what is stored now.
    <form key={`${o.id}-${o.version}`} noValidate onSubmit={onSubmit} class="panel" aria-labelledby="edit-org-heading" aria-busy={save.busy ? 'true' : 'false'}>
      <h2 id="edit-org-heading">{t('orgEdit.heading', { name: o.name })}</h2>
      {conflict && (
        <div class="error-summary" role="alert">
          <h3>{t('orgEdit.conflictTitle')}</h3>
          <p>{t('orgEdit.conflict', { name: o.name })}</p>
          <button type="button" onClick={reload}>
            {t('orgEdit.reload')}
          </button>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <TextField name="name" label={t('admin.orgName')} defaultValue={o.name} required errors={errors} />
      {o.kind !== 'public-body' && (
        <TextField
          name="organisationNumber"
          label={t('admin.orgNumber')}
          hint={t('admin.orgNumberHint')}
          defaultValue={o.organisationNumber}
          required={o.kind === 'ideburen'}
          errors={errors}
        />
      )}
      {o.kind === 'unit' && (
        <SelectField
          name="unitType"
          label={t('admin.unitType')}
          options={UnitTypes.map((u) => ({ value: u, label: t(`admin.unitType.${u}` as MessageKey) }))}
          defaultValue={o.unitType}
          required
          errors={errors}
        />
      )}
      {o.kind === 'ideburen' && (
        <>
          <SelectField
            name="legalForm"
            label={t('admin.legalForm')}
            options={LegalForms.map((f) => ({ value: f, label: t(`admin.legalForm.${f}` as MessageKey) }))}
            defaultValue={o.legalForm}
            required
            errors={errors}
          />
          <fieldset>
            <legend>{t('admin.criteriaLegend')}</legend>
            <CheckboxField
              name="criteria.solePublicBenefitPurpose"
              label={t('orgEdit.solePurpose')}
              defaultChecked={o.criteria?.solePublicBenefitPurpose}
              errors={errors}
            />
            <CheckboxField
              name="criteria.publicBodyControllingInfluence"
              label={t('orgEdit.controlled')}
              defaultChecked={o.criteria?.publicBodyControllingInfluence}
              errors={errors}
            />
            <CheckboxField
              name="criteria.assetsToNonProfitOnDissolution"
              label={t('orgEdit.assets')}
              defaultChecked={o.criteria?.assetsToNonProfitOnDissolution}
              errors={errors}
            />
            <TextField name="criteria.checkedOn" type="date" label={t('admin.checkedOn')} defaultValue={o.criteria?.checkedOn} required errors={errors} />
          </fieldset>
          {o.partnerBodies && <p>{t('orgEdit.partnerOf', { names: o.partnerBodies.map((b) => b.name).join(', ') })}</p>}
          <CheckboxField
            name="partner"
            label={t('orgEdit.partner')}
            hint={t('orgEdit.partnerHint')}
            defaultChecked={o.partnerBodies?.some((b) => b.id === body)}
            errors={errors}
          />
        </>
      )}
      {o.kind === 'public-body' && (
        <fieldset>
          <legend>{t('orgEdit.contactLegend')}</legend>
          <p class="hint">{t('orgEdit.contactHint')}</p>
          <TextField name="contact.name" label={t('orgEdit.contactName')} defaultValue={o.contact?.name} errors={errors} />
          <TextField name="contact.role" label={t('orgEdit.contactRole')} defaultValue={o.contact?.role} errors={errors} />
          <TextField name="contact.email" type="email" label={t('orgEdit.contactEmail')} defaultValue={o.contact?.email} errors={errors} />
          <TextField name="contact.phone" label={t('orgEdit.contactPhone')} defaultValue={o.contact?.phone} errors={errors} />
        </fieldset>
      )}
      <SubmitButton busy={save.busy} label={t('orgEdit.save')} busyLabel={t('orgEdit.saving')} />{' '}
      <button type="button" onClick={onClose}>
        {t('orgEdit.cancel')}
      </button>
    </form>
  );
}
