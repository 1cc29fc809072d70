import { ChecklistItems, type IopAction, type IopActionType, type IopCaseView, type LegalChecklist } from '../../../shared/iop/contract.js';
import { answer, idempotent } from '../api/api-client.js';
import { useApp } from '../app-context.js';
import { endOfSwedishDay } from '../format/dates.js';
import { actionsToShow, FoldedActions } from '../cases/case-actions.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { ActionForm, lines, number, text, type Values } from './action-form.js';
import { CheckboxField, FieldGroup, PathLabel, SelectField, TextArea, TextField } from './form-fields.js';
import { ReviewHearingForm } from './review-forms.js';
import { ConsultationForm, JointWithFields, jointWithFrom, RequestDecisionForm } from './consultation-forms.js';

/** The forms for what the signed-in user can do on this case now: the actions the API allows, in the page's order. */
export function IopActions({ detail, onDone }: { readonly detail: IopCaseView; readonly onDone: () => void }) {
  const { t, api } = useApp();
  const actions = actionsToShow(detail);
  if (actions.length === 0) return <p>{t('action.none')}</p>;
  const send = (body: IopAction, key: string) =>
    answer(
      api.POST('/iop/cases/{id}/actions', {
        params: { path: { id: detail.id }, header: idempotent(key) },
        body: { ...body, expectedVersion: detail.version },
      }),
    );
  const common = (type: IopActionType) => ({
    scope: type,
    collapsed: FoldedActions.includes(type),
    title: t(`action.${type}.title` as MessageKey),
    intro: t(`action.${type}.intro` as MessageKey),
    submitLabel: t(`action.${type}.submit` as MessageKey),
    onDone,
  });
  const draft = detail.draft;
  return (
    <div class="actions">
      {actions.map((type) => {
        switch (type) {
          case 'accept-invitation':
            return <ActionForm key={type} {...common(type)} fields={[]} send={(_, key) => send({ type } as IopAction, key)} />;
          case 'request-decision':
            return <RequestDecisionForm key={type} detail={detail} common={common(type)} send={send} />;
          case 'record-review-position':
          case 'record-review-reflection':
            return <ReviewHearingForm key={type} type={type} common={common(type)} send={send} />;
          case 'extend-consultation':
          case 'record-consultation-handling':
            return <ConsultationForm key={type} type={type} detail={detail} common={common(type)} send={send} />;
          case 'decline-invitation':
          case 'withdraw':
          case 'give-notice':
            return (
              <ActionForm key={type} {...common(type)} fields={['reason']} send={(v, key) => send({ type, reason: text(v, 'reason') } as IopAction, key)}>
                {(errors) => <TextArea name="reason" label={t('action.reason')} required={type !== 'decline-invitation'} errors={errors} />}
              </ActionForm>
            );
          case 'consent':
            return (
              <ActionForm
                key={type}
                {...common(type)}
                intro={t('action.consent.introVersion', { version: draft?.version ?? '' })}
                fields={['draftVersion']}
                send={(_, key) => send({ type, draftVersion: draft?.version ?? 0 }, key)}
              />
            );
          case 'sign':
            return (
              <ActionForm
                key={type}
                {...common(type)}
                fields={['agreementVersion']}
                send={(_, key) => send({ type, ...(detail.agreement ? { agreementVersion: detail.agreement.version } : {}) }, key)}
              />
            );
          case 'record-meeting':
            return (
              <ActionForm
                key={type}
                {...common(type)}
                fields={['date', 'participants', 'notes']}
                send={(v, key) => send({ type, date: text(v, 'date'), participants: lines(v, 'participants'), notes: text(v, 'notes') }, key)}
              >
                {(errors) => (
                  <>
                    <TextField name="date" type="date" label={t('action.meetingDate')} required errors={errors} />
                    <TextArea name="participants" rows={3} label={t('action.participants')} hint={t('action.participantsHint')} required errors={errors} />
                    <TextArea name="notes" rows={5} label={t('action.notes')} hint={t('action.notesHint')} required errors={errors} />
                  </>
                )}
              </ActionForm>
            );
          case 'revise-draft':
            return (
              <ActionForm
                key={type}
                {...common(type)}
                fields={[
                  'changes.purpose',
                  'changes.targetGroup',
                  'changes.activities',
                  'changes.budgetPerYearSek',
                  'changes.governance',
                  'changes.followUp',
                  'changes',
                  'summary',
                ]}
                send={(v, key) =>
                  send({ type, changes: draftChangesFrom(v, draft), ...(text(v, 'summary') ? { summary: text(v, 'summary') } : {}) } as IopAction, key)
                }
              >
                {(errors) => (
                  <>
                    <TextArea name="changes.purpose" label={t('draft.purpose')} defaultValue={draft?.purpose} errors={errors} />
                    <TextArea name="changes.targetGroup" rows={2} label={t('draft.targetGroup')} defaultValue={draft?.targetGroup} errors={errors} />
                    <TextArea
                      name="changes.activities"
                      label={t('draft.activities')}
                      hint={t('newCase.activitiesHint')}
                      defaultValue={draft?.activities.join('\n')}
                      errors={errors}
                    />
                    <TextField
                      name="changes.budgetPerYearSek"
                      type="number"
                      min={0}
                      label={t('draft.budgetPerYearSek')}
                      defaultValue={draft?.budgetPerYearSek}
                      errors={errors}
                    />
                    <TextArea name="changes.governance" rows={3} label={t('draft.governance')} defaultValue={draft?.governance} errors={errors} />
                    <TextArea name="changes.followUp" rows={3} label={t('draft.followUp')} defaultValue={draft?.followUp} errors={errors} />
                    <TextArea name="summary" rows={2} label={t('action.summary')} hint={t('action.summaryHint')} errors={errors} />
                  </>
                )}
              </ActionForm>
            );
          case 'start-consultation':
            return (
              <ActionForm
                key={type}
                {...common(type)}
                fields={['responders', 'question', 'deadline']}
                send={(v, key) =>
                  send({ type, responders: respondersFrom(v), question: text(v, 'question'), deadline: endOfSwedishDay(text(v, 'deadline')) } as IopAction, key)
                }
              >
                {(errors) => (
                  <>
                    <TextArea name="responders" rows={3} label={t('action.responders')} hint={t('action.respondersHint')} required errors={errors} />
                    <TextArea name="question" rows={4} label={t('action.question')} required errors={errors} />
                    <TextField name="deadline" type="date" label={t('action.consultationDeadline')} required errors={errors} />
                  </>
                )}
              </ActionForm>
            );
          case 'respond-consultation':
            return (
              <ActionForm
                key={type}
                {...common(type)}
                fields={['response', 'jointWith']}
                send={(v, key) => send({ type, response: text(v, 'response'), ...jointWithFrom(v, detail) }, key)}
              >
                {(errors) => (
                  <>
                    <TextArea name="response" rows={5} label={t('action.response')} required errors={errors} />
                    <JointWithFields detail={detail} errors={errors} />
                  </>
                )}
              </ActionForm>
            );
          case 'decide':
            return (
              <ActionForm key={type} {...common(type)} fields={decideFields} send={(v, key) => send(decideBody(v), key)}>
                {(errors) => (
                  <>
                    <fieldset>
                      <legend>{t('checklist.legend')}</legend>
                      <PathLabel name="checklist" label={t('checklist.label')} />
                      {ChecklistItems.map((item) => (
                        <fieldset class="nested" key={item}>
                          <legend>{t(`checklist.${item}` as MessageKey)}</legend>
                          <FieldGroup.Provider value={t(`checklist.${item}` as MessageKey)}>
                            <PathLabel name={`checklist.${item}`} label={t(`checklist.${item}` as MessageKey)} />
                            <p class="hint">{t(`checklist.${item}.hint` as MessageKey)}</p>
                            <CheckboxField name={`checklist.${item}.met`} label={t('checklist.met')} errors={errors} />
                            {item === 'stateAid' && (
                              <SelectField
                                name="checklist.stateAid.basis"
                                label={t('checklist.basis')}
                                options={(['no-aid', 'de-minimis', 'sgei'] as const).map((b) => ({ value: b, label: t(`checklist.basis.${b}` as MessageKey) }))}
                                errors={errors}
                              />
                            )}
                            <TextArea name={`checklist.${item}.motivation`} rows={2} label={t('checklist.motivation')} required errors={errors} />
                          </FieldGroup.Provider>
                        </fieldset>
                      ))}
                    </fieldset>
                    <SelectField
                      name="decision"
                      label={t('action.decision')}
                      options={(['approve', 'reject', 'return'] as const).map((d) => ({ value: d, label: t(`decision.${d}` as MessageKey) }))}
                      errors={errors}
                    />
                    <TextArea name="motivation" label={t('action.motivation')} hint={t('action.motivationHint')} required errors={errors} />
                    <TextField name="diarienummer" label={t('action.diarienummer')} hint={t('action.diarienummerHint')} required errors={errors} />
                  </>
                )}
              </ActionForm>
            );
          case 'submit-review-report':
            return (
              <ActionForm
                key={type}
                {...common(type)}
                fields={['activities', 'reach', 'outcomes', 'moneyUsedSek', 'inKindUsedSek']}
                send={(v, key) =>
                  send(
                    {
                      type,
                      activities: text(v, 'activities'),
                      reach: number(v, 'reach'),
                      outcomes: text(v, 'outcomes'),
                      moneyUsedSek: number(v, 'moneyUsedSek'),
                      inKindUsedSek: number(v, 'inKindUsedSek'),
                    } as IopAction,
                    key,
                  )
                }
              >
                {(errors) => (
                  <>
                    <TextArea name="activities" label={t('review.activities')} hint={t('review.activitiesHint')} required errors={errors} />
                    <TextField
                      name="reach"
                      type="number"
                      min={0}
                      inputMode="numeric"
                      label={t('review.reach')}
                      hint={t('review.reachHint')}
                      required
                      errors={errors}
                    />
                    <TextArea name="outcomes" label={t('review.outcomes')} hint={t('review.outcomesHint')} required errors={errors} />
                    <TextField name="moneyUsedSek" type="number" min={0} inputMode="numeric" label={t('review.moneyUsed')} required errors={errors} />
                    <TextField name="inKindUsedSek" type="number" min={0} inputMode="numeric" label={t('review.inKindUsed')} required errors={errors} />
                  </>
                )}
              </ActionForm>
            );
          case 'review-decision':
            return (
              <ActionForm
                key={type}
                {...common(type)}
                fields={['decision', 'motivation', 'noticeMonths']}
                send={(v, key) =>
                  send(
                    {
                      type,
                      decision: text(v, 'decision'),
                      motivation: text(v, 'motivation'),
                      ...(text(v, 'noticeMonths') ? { noticeMonths: number(v, 'noticeMonths') } : {}),
                    } as IopAction,
                    key,
                  )
                }
              >
                {(errors) => (
                  <>
                    <SelectField
                      name="decision"
                      label={t('action.decision')}
                      options={(['continue', 'revise', 'terminate', 'renew', 'close'] as const).map((d) => ({
                        value: d,
                        label: t(`reviewDecision.${d}` as MessageKey),
                      }))}
                      errors={errors}
                    />
                    <TextArea name="motivation" label={t('action.motivation')} required errors={errors} />
                    <TextField
                      name="noticeMonths"
                      type="number"
                      min={1}
                      max={12}
                      label={t('action.noticeMonths')}
                      hint={t('action.noticeMonthsHint')}
                      errors={errors}
                    />
                  </>
                )}
              </ActionForm>
            );
          default:
            return null;
        }
      })}
    </div>
  );
}

const decideFields = [
  'decision',
  'motivation',
  'diarienummer',
  'checklist',
  ...ChecklistItems.flatMap((i) => [`checklist.${i}.met`, `checklist.${i}.motivation`, `checklist.${i}`]),
  'checklist.stateAid.basis',
];

function decideBody(v: Values): IopAction {
  const answer = (item: string) => ({ met: v[`checklist.${item}.met`] === true, motivation: text(v, `checklist.${item}.motivation`) });
  const checklist = Object.fromEntries(
    ChecklistItems.map((item) => [item, item === 'stateAid' ? { ...answer(item), basis: text(v, 'checklist.stateAid.basis') } : answer(item)]),
  );
  return { type: 'decide', decision: text(v, 'decision'), motivation: text(v, 'motivation'), diarienummer: text(v, 'diarienummer'), checklist } as IopAction;
}

/** "orgId, Name" per line → the consultation's responders. */
function respondersFrom(v: Values): { orgId: string; name: string }[] {
  return lines(v, 'responders').map((line) => {
    const [orgId = '', ...name] = line.split(',');
    return { orgId: orgId.trim(), name: name.join(',').trim() || orgId.trim() };
  });
}

/** Only what the reader changed goes into the new version, so "what changed" stays true. */
function draftChangesFrom(v: Values, draft: IopCaseView['draft'] | undefined): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  const put = (field: string, value: unknown, before: unknown) => {
    if (JSON.stringify(value) !== JSON.stringify(before)) changes[field] = value;
  };
  put('purpose', text(v, 'changes.purpose'), draft?.purpose);
  put('targetGroup', text(v, 'changes.targetGroup'), draft?.targetGroup);
  put('activities', lines(v, 'changes.activities'), draft?.activities);
  put('budgetPerYearSek', number(v, 'changes.budgetPerYearSek'), draft?.budgetPerYearSek);
  put('governance', text(v, 'changes.governance'), draft?.governance);
  put('followUp', text(v, 'changes.followUp'), draft?.followUp);
  return changes;
}
