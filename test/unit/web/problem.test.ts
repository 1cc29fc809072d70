import { describe, expect, it } from 'vitest';
import { friendlyMessage } from '../../../web/src/api/friendly-message.js';
import { formErrorsOf, normalisePath, problemOf } from '../../../web/src/api/problem.js';

describe('normalisePath', () => {
  it('reads JSON Pointer, bracket and dotted paths as one', () => {
    expect(normalisePath('/civilParties/0/name')).toBe('civilParties.0.name');
    expect(normalisePath('civilParties[0].name')).toBe('civilParties.0.name');
    expect(normalisePath('civilParties.0.name')).toBe('civilParties.0.name');
  });
});

describe('problemOf', () => {
  it('reads an RFC 9457 document with field errors', () => {
    const problem = problemOf(400, {
      type: 'about:blank',
      title: 'Invalid request',
      status: 400,
      detail: 'The request has invalid fields.',
      errors: [
        { path: 'title', message: 'Required' },
        { path: '/durationMonths', message: 'Expected number' },
      ],
    });
    expect(problem).toEqual({
      status: 400,
      title: 'Invalid request',
      detail: 'The request has invalid fields.',
      errors: [
        { path: 'title', message: 'Required' },
        { path: 'durationMonths', message: 'Expected number' },
      ],
    });
  });

  it('still says what happened when the body is not a problem document', () => {
    expect(problemOf(502, 'Bad gateway')).toEqual({ status: 502, title: 'HTTP 502', detail: undefined, errors: [] });
  });
});

describe('formErrorsOf', () => {
  const fields = ['title', 'civilParties.0.criteria', 'civilParties.0.name', 'activities'];

  it('puts each message at its own field', () => {
    const errors = formErrorsOf(problemOf(400, { errors: [{ path: 'title', message: 'Too short' }] }), fields);
    expect(errors).toEqual({ fields: { title: ['Too short'] }, summary: [] });
  });

  it('puts a message about a part of a field at the nearest field that contains it', () => {
    const errors = formErrorsOf(
      problemOf(400, {
        errors: [
          { path: 'civilParties.0.criteria.solePublicBenefitPurpose', message: 'Required' },
          { path: 'activities.2', message: 'Too long' },
        ],
      }),
      fields,
    );
    expect(errors.fields).toEqual({ 'civilParties.0.criteria': ['Required'], activities: ['Too long'] });
  });

  it('does not take a field whose name merely starts the same (title vs titleExtra)', () => {
    const errors = formErrorsOf(problemOf(400, { errors: [{ path: 'titleExtra', message: 'Unknown field' }] }), fields);
    expect(errors).toEqual({ fields: {}, summary: ['titleExtra: Unknown field'] });
  });

  it('shows the detail when the problem names no field (a 409, a 422 about the case)', () => {
    const errors = formErrorsOf(problemOf(409, { title: 'Conflict', detail: 'Someone changed the case first.' }), fields);
    expect(errors).toEqual({ fields: {}, summary: ['Someone changed the case first.'] });
  });
});

describe('friendlyMessage', () => {
  it("uses the API's own Swedish text when it has no wording of its own", () => {
    const text = { sv: 'Ogiltigt val: förväntade en av "a"|"b"', en: 'Invalid option: expected one of "a"|"b"' };
    expect(friendlyMessage(text.en, 'sv', text)).toBe(text.sv);
    expect(friendlyMessage(text.en, 'en', text)).toBe(text.en);
    expect(friendlyMessage('Something else', 'sv')).toBe('Something else');
  });

  it('says the common schema messages in plain Swedish and English', () => {
    expect(friendlyMessage('Too small: expected string to have >=1 characters', 'sv')).toBe('Fyll i fältet.');
    expect(friendlyMessage('Invalid input: expected number, received string', 'en')).toBe('Enter a number in digits.');
    expect(friendlyMessage('Too big: expected string to have <=200 characters', 'sv')).toBe('Högst 200 tecken.');
  });

  it('keeps any other message as the API wrote it', () => {
    expect(friendlyMessage('The organisation has no bidder profile.', 'sv')).toBe('The organisation has no bidder profile.');
  });
});
