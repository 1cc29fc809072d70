import { describe, expect, it } from 'vitest';
import { friendlyMessage, refusalText } from '../../../web/src/api/friendly-message.js';
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
    expect(errors).toEqual({ fields: {}, summary: [{ path: 'titleExtra', message: 'Unknown field' }] });
  });

  it('shows the detail when the problem names no field (a 409, a 422 about the case)', () => {
    const errors = formErrorsOf(problemOf(409, { title: 'Conflict', detail: 'Someone changed the case first.' }), fields);
    expect(errors).toEqual({ fields: {}, summary: [{ message: 'Someone changed the case first.' }] });
  });
});

describe('friendlyMessage', () => {
  it("uses the API's own text in the reader's language", () => {
    const text = { sv: 'Välj ett av alternativen.', en: 'Choose one of the options.' };
    expect(friendlyMessage('Invalid option: expected one of "a"|"b"', 'sv', text)).toBe(text.sv);
    expect(friendlyMessage('Invalid option: expected one of "a"|"b"', 'en', text)).toBe(text.en);
  });

  it('says the known English-only refusals of the process rules in Swedish', () => {
    expect(friendlyMessage('The tender deadline has already passed', 'sv')).toBe('Sista anbudsdagen har redan passerat.');
    expect(friendlyMessage('A case holds at most 200 meetings.', 'sv')).toBe('Ett ärende rymmer högst 200 möten.');
    expect(friendlyMessage('Public contribution to rsmh (EUR 400000 over 3 years) exceeds de minimis EUR 300000', 'sv')).toContain('de minimis');
  });

  it('never shows an unknown English message on a Swedish page, and keeps it on an English one', () => {
    expect(friendlyMessage('The organisation has no bidder profile.', 'sv')).toBe('Uppgiften godtas inte. Kontrollera fältet och försök igen.');
    expect(friendlyMessage('The organisation has no bidder profile.', 'en')).toBe('The organisation has no bidder profile.');
  });
});

describe('refusalText', () => {
  it("says the API's detail in the reader's language when it sends both", () => {
    const problem = { status: 422, detail: 'The case is closed.', text: { sv: 'Ärendet är avslutat.', en: 'The case is closed.' } };
    expect(refusalText(problem, 'sv')).toBe('Ärendet är avslutat.');
    expect(refusalText(problem, 'en')).toBe('The case is closed.');
  });

  it('puts a Swedish sentence by status in place of an English-only detail, and keeps the detail in English', () => {
    expect(refusalText({ status: 403, detail: "You may only see your own organisation's profile and matches." }, 'sv')).toBe(
      'Du får inte göra det här i ärendet.',
    );
    expect(refusalText({ status: 409, detail: 'Stale version' }, 'sv')).toMatch(/^Ärendet har ändrats/);
    expect(refusalText({ status: 409, detail: 'Stale version' }, 'en')).toBe('Stale version');
    expect(refusalText({ status: 404 }, 'sv')).toBeUndefined();
  });

  it('reads the problem document’s text', () => {
    expect(problemOf(422, { status: 422, title: 'Rule not met', detail: 'x', text: { sv: 'S', en: 'E' } }).text).toEqual({ sv: 'S', en: 'E' });
  });
});
