import { useState } from 'preact/hooks';
import type { NoticeView } from '../../../shared/procurement/contract.js';
import { SocialObjectives } from '../format/named-codes.js';
import { Counties } from '../format/places.js';
import { answer, idempotent } from '../api/api-client.js';
import { useSubmit } from '../api/use-submit.js';
import { useApp } from '../app-context.js';
import {
  CheckboxField,
  CodeChoice,
  ErrorSummary,
  FieldGroup,
  FieldLabels,
  formValues,
  PathLabel,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  useFieldLabels,
} from '../components/form-fields.js';
import { BuyerPicker } from '../components/buyer-picker.js';
import { PageHeading } from '../components/layout.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { noticeBody } from '../procurement/notice-form.js';
import { pathTo } from '../router/routes.js';

const Procedures = ['open', 'restricted', 'negotiated', 'simplified', 'direct-award'] as const;
const MAX_LOTS = 20;

/** Registering a notice with its lots; once saved, the page shows whom it reaches. */
export function NewNoticePage() {
  const { t, api, navigate, lang } = useApp();
  const [lotCount, setLotCount] = useState(0);
  const lotFields = Array.from({ length: lotCount }, (_, i) =>
    ['id', 'title', 'valueSek', 'cpv.main', 'cpv', 'durationMonths', 'nuts'].map((f) => `lots.${i}.${f}`),
  ).flat();
  const submission = useSubmit<NoticeView>([
    'buyer.orgId',
    'buyer.unit',
    'title',
    'description',
    'cpv.main',
    'cpv.additional',
    'cpv',
    'nuts',
    'estimatedValueSek',
    'durationMonths',
    'procedure',
    'framework',
    'deadline',
    'reservation',
    'reservedForIdeburna',
    'socialObjectives',
    'lots',
    ...lotFields,
  ]);
  const { errors } = submission;
  const labels = useFieldLabels();

  async function onSubmit(event: Event) {
    event.preventDefault();
    const body = noticeBody(formValues(event.currentTarget as HTMLFormElement), lotCount);
    const created = await submission.submit((key) => answer(api.POST('/procurement/notices', { params: { header: idempotent(key) }, body })));
    if (created) navigate(pathTo('notice', { id: created.id }));
  }

  return (
    <section>
      <PageHeading text={t('newNotice.title')} />
      <p class="lead">{t('newNotice.intro')}</p>
      <form noValidate onSubmit={onSubmit} aria-busy={submission.busy ? 'true' : 'false'}>
        <FieldLabels.Provider value={labels}>
          <ErrorSummary errors={errors} />
          <PathLabel name="lots" label={t('newNotice.lotsLabel')} />
          <PathLabel name="cpv" label={t('newNotice.cpvMain')} />
          <fieldset>
            <legend>{t('newNotice.aboutLegend')}</legend>
            <BuyerPicker errors={errors} />
            <TextField name="buyer.unit" label={t('notice.buyer')} hint={t('newNotice.unitHint')} required errors={errors} />
            <TextField name="title" label={t('newNotice.noticeTitle')} required errors={errors} />
            <TextArea name="description" rows={5} label={t('newNotice.description')} hint={t('newNotice.descriptionHint')} required errors={errors} />
            <TextField name="cpv.main" label={t('newNotice.cpvMain')} hint={t('newNotice.cpvHint')} inputMode="numeric" required errors={errors} />
            <TextField name="cpv.additional" label={t('newNotice.cpvAdditional')} hint={t('whatIf.addCpvHint')} errors={errors} />
            <CodeChoice
              name="nuts"
              label={t('newNotice.regions')}
              hint={t('profile.regionsHint')}
              options={Counties.map((c) => ({ code: c.code, label: c.label[lang] }))}
              chosen={['SE232']}
              errors={errors}
            />
          </fieldset>
          <fieldset>
            <legend>{t('newNotice.termsLegend')}</legend>
            <TextField
              name="estimatedValueSek"
              type="number"
              min={0}
              inputMode="numeric"
              label={t('notice.value')}
              hint={t('newNotice.valueHint')}
              required
              errors={errors}
            />
            <TextField name="durationMonths" type="number" min={1} max={240} inputMode="numeric" label={t('matchCase.termMonths')} required errors={errors} />
            <SelectField
              name="procedure"
              label={t('notice.procedure')}
              options={Procedures.map((p) => ({ value: p, label: t(`procedure.${p}` as MessageKey) }))}
              errors={errors}
            />
            <CheckboxField name="framework" label={t('matchCase.framework')} hint={t('matchCase.frameworkHint')} errors={errors} />
            <TextField name="deadline" type="date" label={t('notices.deadline')} required errors={errors} />
            <SelectField
              name="reservation"
              label={t('notice.reservation')}
              hint={t('newNotice.reservationHint')}
              options={(['none', 'res-ws', 'res-pub-ser'] as const).map((r) => ({ value: r, label: t(`reservation.${r}` as MessageKey) }))}
              errors={errors}
            />
            <CheckboxField name="reservedForIdeburna" label={t('reservation.ideburna')} errors={errors} />
            <CodeChoice
              name="socialObjectives"
              label={t('newNotice.socialObjectives')}
              hint={t('profile.socialObjectivesHint')}
              options={SocialObjectives.map((o) => ({ code: o.code, label: o.label[lang] }))}
              errors={errors}
            />
            <TextArea name="socialClauses" rows={3} label={t('newNotice.socialClauses')} hint={t('newNotice.socialClausesHint')} errors={errors} />
          </fieldset>
          {Array.from({ length: lotCount }, (_, i) => (
            <fieldset key={i}>
              <legend>{t('newNotice.lotLegend', { number: i + 1 })}</legend>
              <FieldGroup.Provider value={t('form.group.lot', { number: i + 1 })}>
                <PathLabel name={`lots.${i}`} label={t('newNotice.lotLegend', { number: i + 1 })} />
                <TextField name={`lots.${i}.id`} label={t('newNotice.lotId')} defaultValue={String(i + 1)} required errors={errors} />
                <TextField name={`lots.${i}.title`} label={t('newNotice.lotTitle')} required errors={errors} />
                <TextField name={`lots.${i}.valueSek`} type="number" min={0} inputMode="numeric" label={t('notice.value')} required errors={errors} />
                <TextField name={`lots.${i}.cpv.main`} label={t('newNotice.cpvMain')} hint={t('newNotice.lotCpvHint')} inputMode="numeric" errors={errors} />
                <TextField
                  name={`lots.${i}.durationMonths`}
                  type="number"
                  min={1}
                  inputMode="numeric"
                  label={t('matchCase.termMonths')}
                  hint={t('newNotice.lotDurationHint')}
                  errors={errors}
                />
                <TextField name={`lots.${i}.nuts`} label={t('newNotice.lotRegions')} hint={t('newNotice.lotRegionsHint')} errors={errors} />
              </FieldGroup.Provider>
            </fieldset>
          ))}
          <div class="row-actions">
            {lotCount < MAX_LOTS && (
              <button type="button" onClick={() => setLotCount((n) => n + 1)}>
                {t('newNotice.addLot')}
              </button>
            )}
            {lotCount > 0 && (
              <button type="button" onClick={() => setLotCount((n) => n - 1)}>
                {t('newNotice.removeLot')}
              </button>
            )}
          </div>
          <SubmitButton busy={submission.busy} label={t('newNotice.submit')} busyLabel={t('action.sending')} />
        </FieldLabels.Provider>
      </form>
    </section>
  );
}
