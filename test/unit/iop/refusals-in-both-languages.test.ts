import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConflictError, ForbiddenError, RuleViolationError } from '../../../shared/platform/errors/domain-errors.js';
import { applyAction } from '../../../shared/iop/domain/index.js';
import { bareFieldErrors, englishOnlyDomainErrors, refusalOf } from '../../support/refusal-scan.js';
import { config, inDialogue, later, users } from './fixtures.js';

/**
 * Every refusal of the IOP rules reaches a person in their language: each
 * domain error the IOP code throws carries its detail in Swedish and English
 * (`{ sv, en }`), and each field error its `text`. Read from the source, so a
 * new refusal in English only fails here.
 */
const Root = path.resolve(import.meta.dirname, '../../../shared/iop');

describe('IOP refusals are in Swedish and English', () => {
  it('every domain error thrown names its detail in both languages', () => {
    expect(englishOnlyDomainErrors(Root)).toEqual([]);
  });

  it('every field error carries its text beside the English message', () => {
    expect(bareFieldErrors(Root)).toEqual([]);
  });

  it('says a refusal in Swedish at run time too', () => {
    const refusal = (fn: () => unknown) => refusalOf<ConflictError>(fn);
    const dialogue = inDialogue();
    const stageWrong = refusal(() => applyAction(dialogue, { type: 'sign' }, users.healthcare, later(1), config));
    expect(stageWrong).toBeInstanceOf(ConflictError);
    expect(stageWrong.text?.sv).toMatch(/passar inte där ärende/);
    const outsider = refusal(() =>
      applyAction(dialogue, { type: 'record-meeting', date: '2026-12-02', participants: ['A'], notes: 'x' }, users.otherCivil, later(1), config),
    );
    expect(outsider).toBeInstanceOf(ForbiddenError);
    expect(outsider.text?.sv).toMatch(/^Du får inte/);
    const stale = refusal(() => applyAction(dialogue, { type: 'consent', draftVersion: 9 }, users.redCross, later(1), config));
    expect(stale).toBeInstanceOf(RuleViolationError);
    expect((stale as unknown as RuleViolationError).errors[0]!.text?.sv).toMatch(/^Samtycke ges till det senaste utkastet/);
  });
});
