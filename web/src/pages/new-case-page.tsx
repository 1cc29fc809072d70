import { useEffect, useState } from 'preact/hooks';
import { DefaultIopConfig, precheck, type IopCaseView, type PrecheckResult } from '../../../shared/iop/contract.js';
import { answer, idempotent } from '../api/api-client.js';
import { useSubmit } from '../api/use-submit.js';
import { useApp } from '../app-context.js';
import { initiationBody, precheckInputOf } from '../cases/initiation-form.js';
import { ErrorSummary, FieldGroup, FieldLabels, formValues, PathLabel, SubmitButton, TextArea, TextField, useFieldLabels } from '../components/form-fields.js';
import { PageHeading } from '../components/layout.js';
import { PrecheckList } from '../components/precheck-list.js';
import { OrganisationPicker } from '../components/organisation-picker.js';
import { CriteriaFields } from '../cases/criteria-fields.js';
import { useResource } from '../api/use-resource.js';
import type { OrganisationView } from '../../../shared/admin/contract.js';
import { pathTo } from '../router/routes.js';

const MAX_CIVIL_PARTIES = 10;

/** Every field name of the form, so the API's errors land at the right field. */
function fieldNames(civilCount: number): string[] {
  const contribution = (p: string) => [`${p}.moneySekPerYear`, `${p}.inKindSekPerYear`, `${p}.inKindDescription`, p];
  const civil = Array.from({ length: civilCount }, (_, i) => {
    const p = `civilParties.${i}`;
    return [
      `${p}.orgId`,
      `${p}.name`,
      ...contribution(`${p}.contribution`),
      `${p}.criteria.solePublicBenefitPurpose`,
      `${p}.criteria.publicBodyControllingInfluence`,
      `${p}.criteria.assetsToNonProfitOnDissolution`,
      `${p}.criteria.isFoundation`,
      `${p}.criteria.kammarkollegietRegistration.registrationNumber`,
      `${p}.criteria.kammarkollegietRegistration.registeredAt`,
    ];
  }).flat();
  return [
    'title',
    'purpose',
    'targetGroup',
    'activities',
    'healthcareUnit.orgId',
    'healthcareUnit.name',
    ...contribution('healthcareUnit.contribution'),
    ...civil,
    'civilParties',
    'plannedStart',
    'durationMonths',
    'budgetPerYearSek',
  ];
}

/** Starting an IOP: a form that explains each field, with the pre-check shown as it will be run. */
export function NewCasePage() {
  const { t, api, session, navigate } = useApp();
  const [civilCount, setCivilCount] = useState(1);
  const labels = useFieldLabels();
  const [preview, setPreview] = useState<PrecheckResult[] | undefined>(undefined);
  const submission = useSubmit<IopCaseView>(fieldNames(civilCount));
  const { errors } = submission;
  const actor = session?.actor;
  const ownPublic = actor?.role === 'healthcare' ? actor.org : undefined;
  const ownCivil = actor?.role === 'civil' ? actor.org : undefined;
  // The reader's own organisation, by name, as the first choice of the picker that fits it.
  const own = useResource(
    () => (actor ? answer(api.GET('/organisations/{id}', { params: { path: { id: actor.org } } })) : Promise.resolve(undefined)),
    actor?.org ?? '',
  );
  const ownOrg = own.data ? { id: own.data.id, name: own.data.name } : undefined;
  const ownUnit = ownPublic ? ownOrg : undefined;
  // What the registry says of each picked idéburen organisation (its checked statutes).
  const [registered, setRegistered] = useState<Record<number, OrganisationView | undefined>>({});
  const ownCriteria = ownCivil && own.data?.criteria ? own.data : undefined;
  useEffect(() => {
    if (ownCriteria) setRegistered((r) => ({ 0: ownCriteria, ...r }));
  }, [ownCriteria?.id]);

  async function pickCivil(index: number, id: string | undefined) {
    const org = id ? await answer(api.GET('/organisations/{id}', { params: { path: { id } } })).catch(() => undefined) : undefined;
    setRegistered((r) => ({ ...r, [index]: org }));
  }

  function update(form: HTMLFormElement) {
    const input = precheckInputOf(initiationBody(formValues(form), civilCount));
    setPreview(input ? precheck(input, DefaultIopConfig) : undefined);
  }

  async function onSubmit(event: Event) {
    event.preventDefault();
    const body = initiationBody(formValues(event.currentTarget as HTMLFormElement), civilCount);
    const created = await submission.submit((key) => answer(api.POST('/iop/cases', { params: { header: idempotent(key) }, body })));
    if (created?.id) navigate(pathTo('case', { id: created.id }));
  }

  const contribution = (prefix: string) => (
    <>
      <TextField
        name={`${prefix}.moneySekPerYear`}
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        label={t('newCase.money')}
        hint={t('newCase.moneyHint')}
        errors={errors}
      />
      <TextField
        name={`${prefix}.inKindSekPerYear`}
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        label={t('newCase.inKind')}
        hint={t('newCase.inKindHint')}
        errors={errors}
      />
      <TextArea
        name={`${prefix}.inKindDescription`}
        rows={2}
        label={t('newCase.inKindDescription')}
        hint={t('newCase.inKindDescriptionHint')}
        errors={errors}
      />
    </>
  );

  return (
    <section>
      <PageHeading text={t('newCase.title')} />
      <p class="lead">{t('newCase.intro')}</p>
      <form
        noValidate
        onSubmit={onSubmit}
        onInput={(e) => update(e.currentTarget)}
        onChange={(e) => update(e.currentTarget)}
        aria-busy={submission.busy ? 'true' : 'false'}
      >
        <FieldLabels.Provider value={labels}>
          <ErrorSummary errors={errors} />
          <PathLabel name="civilParties" label={t('newCase.civilPartiesLabel')} />
          <fieldset>
            <legend>{t('newCase.aboutLegend')}</legend>
            <TextField name="title" label={t('newCase.caseTitle')} hint={t('newCase.caseTitleHint')} required errors={errors} />
            <TextArea name="purpose" label={t('newCase.purpose')} hint={t('newCase.purposeHint')} required errors={errors} />
            <TextArea name="targetGroup" rows={2} label={t('newCase.targetGroup')} hint={t('newCase.targetGroupHint')} required errors={errors} />
            <TextArea name="activities" label={t('newCase.activities')} hint={t('newCase.activitiesHint')} required errors={errors} />
          </fieldset>
          <fieldset>
            <legend>{t('newCase.unitLegend')}</legend>
            <FieldGroup.Provider value={t('form.group.unit')}>
              <PathLabel name="healthcareUnit" label={t('newCase.unitLegend')} />
              <OrganisationPicker
                key={ownUnit?.id ?? 'unit'}
                name="healthcareUnit"
                kind="unit"
                label={t('newCase.unitPick')}
                hint={t('newCase.unitPickHint')}
                initial={ownUnit}
                required
                errors={errors}
              />
              {contribution('healthcareUnit.contribution')}
            </FieldGroup.Provider>
          </fieldset>
          {Array.from({ length: civilCount }, (_, i) => {
            const p = `civilParties.${i}`;
            return (
              <fieldset key={p}>
                <legend>{t('newCase.civilLegend', { number: i + 1 })}</legend>
                <FieldGroup.Provider value={t('form.group.civil', { number: i + 1 })}>
                  <PathLabel name={p} label={t('newCase.civilLegend', { number: i + 1 })} />
                  <p class="hint">{t('newCase.civilIntro')}</p>
                  <OrganisationPicker
                    key={i === 0 ? (ownOrg?.id ?? p) : p}
                    name={p}
                    kind="ideburen"
                    label={t('newCase.civilPick')}
                    hint={t('newCase.civilPickHint')}
                    initial={i === 0 && ownCivil ? ownOrg : undefined}
                    required
                    errors={errors}
                    onPick={(org) => pickCivil(i, org?.id)}
                  />
                  {contribution(`${p}.contribution`)}
                  <CriteriaFields prefix={p} registered={registered[i]} errors={errors} />
                </FieldGroup.Provider>
              </fieldset>
            );
          })}
          <div class="row-actions">
            {civilCount < MAX_CIVIL_PARTIES && (
              <button type="button" onClick={() => setCivilCount((n) => n + 1)}>
                {t('newCase.addCivil')}
              </button>
            )}
            {civilCount > 1 && (
              <button type="button" onClick={() => setCivilCount((n) => n - 1)}>
                {t('newCase.removeCivil')}
              </button>
            )}
          </div>
          <fieldset>
            <legend>{t('newCase.termLegend')}</legend>
            <TextField name="plannedStart" type="date" label={t('newCase.plannedStart')} hint={t('newCase.plannedStartHint')} required errors={errors} />
            <TextField
              name="durationMonths"
              type="number"
              min={1}
              step={1}
              inputMode="numeric"
              label={t('newCase.duration')}
              hint={t('newCase.durationHint', { max: DefaultIopConfig.maxTermMonths })}
              required
              errors={errors}
            />
            <TextField
              name="budgetPerYearSek"
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              label={t('newCase.budget')}
              hint={t('newCase.budgetHint')}
              required
              errors={errors}
            />
          </fieldset>
          <section class="panel" aria-labelledby="precheck-heading">
            <h2 id="precheck-heading">{t('newCase.precheckHeading')}</h2>
            <p class="hint">{t('newCase.precheckIntro')}</p>
            <div aria-live="polite">{preview ? <PrecheckList results={preview} /> : <p>{t('newCase.precheckWaiting')}</p>}</div>
          </section>
          <SubmitButton busy={submission.busy} label={t('newCase.submit')} busyLabel={t('newCase.submitting')} />
        </FieldLabels.Provider>
      </form>
    </section>
  );
}
