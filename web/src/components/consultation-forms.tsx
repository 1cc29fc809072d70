import type { IopAction, IopCaseView } from '../../../shared/iop/contract.js';
import { useApp } from '../app-context.js';
import { endOfSwedishDay } from '../format/dates.js';
import { ActionForm, text, type Values } from './action-form.js';
import { CheckboxField, TextArea, TextField } from './form-fields.js';
import type { FormErrors } from '../api/problem.js';

type Send = (body: IopAction, key: string) => Promise<unknown>;
type Common = Omit<Parameters<typeof ActionForm>[0], 'fields' | 'send' | 'children'>;

/** A consultation round is open (not closed, its deadline not passed). */
export const roundOpen = (c: IopCaseView['consultation'], now = Date.now()): boolean =>
  c !== undefined && c.closed === undefined && Date.parse(c.deadline) > now;

/** The other organisations asked, each a box: ticked ones stand behind the same answer. */
export function JointWithFields({ detail, errors }: { readonly detail: IopCaseView; readonly errors: FormErrors }) {
  const { t, session } = useApp();
  const answered = new Set((detail.consultation?.responses ?? []).flatMap((r) => [r.orgId, ...(r.jointWith ?? [])]));
  const others = (detail.consultation?.responders ?? []).filter((r) => r.orgId !== session?.actor.org && !answered.has(r.orgId));
  if (others.length === 0) return null;
  return (
    <fieldset>
      <legend>{t('consultation.jointWith')}</legend>
      {others.map((r) => (
        <CheckboxField key={r.orgId} name={`jointWith.${r.orgId}`} label={r.name} errors={errors} />
      ))}
    </fieldset>
  );
}

export function jointWithFrom(v: Values, detail: IopCaseView): { jointWith?: string[] } {
  const ids = (detail.consultation?.responders ?? []).map((r) => r.orgId).filter((id) => v[`jointWith.${id}`] === true);
  return ids.length > 0 ? { jointWith: ids } : {};
}

/** Asking for a decision; with a round still open the unit closes it early and says why. */
export function RequestDecisionForm({ detail, common, send }: { readonly detail: IopCaseView; readonly common: Common; readonly send: Send }) {
  const { t } = useApp();
  const open = roundOpen(detail.consultation);
  return (
    <ActionForm
      {...common}
      intro={open ? t('consultation.closeEarlyIntro') : common.intro}
      fields={open ? ['closeConsultationReason'] : []}
      send={(v, key) =>
        send(open ? { type: 'request-decision', closeConsultationReason: text(v, 'closeConsultationReason') } : { type: 'request-decision' }, key)
      }
    >
      {open ? (errors) => <TextArea name="closeConsultationReason" label={t('consultation.closeEarlyReason')} required errors={errors} /> : undefined}
    </ActionForm>
  );
}

/** Extending the round's deadline, and recording how its answers were handled. */
export function ConsultationForm({
  type,
  common,
  send,
}: {
  readonly type: 'extend-consultation' | 'record-consultation-handling';
  readonly detail: IopCaseView;
  readonly common: Common;
  readonly send: Send;
}) {
  const { t } = useApp();
  if (type === 'extend-consultation') {
    return (
      <ActionForm
        {...common}
        fields={['deadline', 'reason']}
        send={(v, key) =>
          send({ type, deadline: endOfSwedishDay(text(v, 'deadline')), ...(text(v, 'reason') ? { reason: text(v, 'reason') } : {}) } as IopAction, key)
        }
      >
        {(errors) => (
          <>
            <TextField name="deadline" type="date" label={t('consultation.newDeadline')} required errors={errors} />
            <TextArea name="reason" label={t('action.reason')} errors={errors} />
          </>
        )}
      </ActionForm>
    );
  }
  return (
    <ActionForm {...common} fields={['handling']} send={(v, key) => send({ type, handling: text(v, 'handling') }, key)}>
      {(errors) => <TextArea name="handling" rows={5} label={t('consultation.handling')} required errors={errors} />}
    </ActionForm>
  );
}
