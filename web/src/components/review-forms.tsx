import type { IopAction } from '../../../shared/iop/contract.js';
import { useApp } from '../app-context.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { ActionForm, text } from './action-form.js';
import { SelectField, TextArea } from './form-fields.js';

type Send = (body: IopAction, key: string) => Promise<unknown>;
type Common = Omit<Parameters<typeof ActionForm>[0], 'fields' | 'send' | 'children'>;

/** The six principles, in the agreement's order (the API's keys). */
export const PrincipleKeys = ['independence', 'dialogue', 'quality', 'longTerm', 'openness', 'diversity'] as const;
const Outcomes = ['continue', 'revise', 'terminate', 'renew', 'close'] as const;

/** A party's position at a review, and the parties' joint reflection on the six principles. */
export function ReviewHearingForm({
  type,
  common,
  send,
}: {
  readonly type: 'record-review-position' | 'record-review-reflection';
  readonly common: Common;
  readonly send: Send;
}) {
  const { t } = useApp();
  if (type === 'record-review-position') {
    return (
      <ActionForm
        {...common}
        fields={['position', 'statement']}
        send={(v, key) => send({ type, position: text(v, 'position'), statement: text(v, 'statement') } as IopAction, key)}
      >
        {(errors) => (
          <>
            <SelectField
              name="position"
              label={t('review.position')}
              options={[
                ...Outcomes.map((o) => ({ value: o, label: t(`reviewDecision.${o}` as MessageKey) })),
                { value: 'abstain', label: t('review.position.abstain') },
              ]}
              errors={errors}
            />
            <TextArea name="statement" label={t('review.statement')} required errors={errors} />
          </>
        )}
      </ActionForm>
    );
  }
  return (
    <ActionForm
      {...common}
      fields={PrincipleKeys.map((p) => `principles.${p}`)}
      send={(v, key) => send({ type, principles: Object.fromEntries(PrincipleKeys.map((p) => [p, text(v, `principles.${p}`)])) } as IopAction, key)}
    >
      {(errors) => (
        <>
          {PrincipleKeys.map((p) => (
            <TextArea key={p} name={`principles.${p}`} rows={2} label={t(`principle.${p}` as MessageKey)} required errors={errors} />
          ))}
        </>
      )}
    </ActionForm>
  );
}
