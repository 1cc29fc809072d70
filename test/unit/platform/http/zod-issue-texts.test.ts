import { describe, expect, it } from 'vitest';
import {
  array,
  boolean,
  discriminatedUnion,
  enum as zEnum,
  int,
  iso,
  literal,
  number,
  object,
  string,
  strictObject,
  minLength,
  maxLength,
  minimum,
  maximum,
  regex,
  refine,
  gt,
  type ZodMiniType,
} from 'zod/mini';
import { fieldErrorsOf } from '../../../../shared/platform/http/zod-issues.js';

/** The field errors of one value against one schema. */
function said(schema: ZodMiniType, value: unknown) {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected the value to be refused');
  return fieldErrorsOf(parsed.error, '', value);
}
const one = (schema: ZodMiniType, value: unknown) => said(object({ f: schema }), { f: value })[0]!;

// Zod's own wording and anything that looks like a regular expression: never in a text for a person.
const Engine = /expected|received|Too (small|big)|Invalid|förväntade|Ogiltig|[<>]=|\/\^|\\d/;

describe('zod issues as texts for a person', () => {
  it.each([
    ['a missing field', object({ f: string() }), {}, 'Fyll i fältet.', 'Fill in this field.'],
    ['an empty text', object({ f: string().check(minLength(1)) }), { f: '' }, 'Fyll i fältet.', 'Fill in this field.'],
    ['a text too short', object({ f: string().check(minLength(2)) }), { f: 'a' }, 'Skriv minst 2 tecken.', 'Write at least 2 characters.'],
    ['a text too long', object({ f: string().check(maxLength(200)) }), { f: 'x'.repeat(201) }, 'Skriv högst 200 tecken.', 'Write at most 200 characters.'],
    ['a word for a number', object({ f: number() }), { f: 'tolv' }, 'Skriv ett tal med siffror.', 'Enter a number in digits.'],
    ['a decimal for a whole number', object({ f: int() }), { f: 1.5 }, 'Skriv ett heltal, utan decimaler.', 'Enter a whole number, without decimals.'],
    ['a number below its floor', object({ f: number().check(minimum(0)) }), { f: -5 }, 'Skriv ett tal som är 0 eller mer.', 'Enter a number of 0 or more.'],
    ['a number not above zero', object({ f: number().check(gt(0)) }), { f: 0 }, 'Skriv ett tal som är större än 0.', 'Enter a number greater than 0.'],
    [
      'a number over its ceiling',
      object({ f: number().check(maximum(12)) }),
      { f: 13 },
      'Skriv ett tal som är 12 eller mindre.',
      'Enter a number of 12 or less.',
    ],
    [
      'a date that is no date',
      object({ f: iso.date() }),
      { f: '2027-13-01' },
      'Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2027-01-31.',
      'Enter a date as YYYY-MM-DD, for example 2027-01-31.',
    ],
    ['an instant that is no instant', object({ f: iso.datetime({ offset: true }) }), { f: 'i morgon' }, 'Ange datum och klockslag.', 'Give a date and a time.'],
    ['a value outside its options', object({ f: zEnum(['approve', 'reject']) }), { f: 'maybe' }, 'Välj ett av alternativen.', 'Choose one of the options.'],
    ['a wrong literal', object({ f: literal('x') }), { f: 'y' }, 'Välj ett av alternativen.', 'Choose one of the options.'],
    ['an empty list', object({ f: array(string()).check(minLength(1)) }), { f: [] }, 'Ange minst en.', 'Give at least one.'],
    ['too many items', object({ f: array(string()).check(maxLength(2)) }), { f: ['a', 'b', 'c'] }, 'Ange högst 2 stycken.', 'Give at most 2.'],
    ['eight digits', object({ f: string().check(regex(/^\d{8}$/)) }), { f: '853124' }, 'Skriv 8 siffror.', 'Enter 8 digits.'],
    [
      'an id pattern',
      object({ f: string().check(regex(/^[a-z0-9][a-z0-9-]*$/)) }),
      { f: 'Röda Korset' },
      'Använd små bokstäver a–z, siffror och bindestreck.',
      'Use small letters a–z, digits and hyphens.',
    ],
    ['yes or no', object({ f: boolean() }), { f: 'ja' }, 'Svara ja eller nej.', 'Answer yes or no.'],
  ])('says %s in plain words', (_, schema, value, sv, en) => {
    const [error] = said(schema, value);
    expect(error).toEqual({ path: 'f', message: en, text: { sv, en } });
    expect(`${error!.text!.sv} ${error!.message}`).not.toMatch(Engine);
  });

  it('groups large numbers in a limit as each language writes them', () => {
    const error = one(number().check(minimum(10_000)), 5);
    expect(error.text!.sv.replace(/\u00a0/g, ' ')).toBe('Skriv ett tal som är 10 000 eller mer.');
    expect(error.text!.en).toBe('Enter a number of 10,000 or more.');
  });

  it('says a bad discriminator as a choice, at its path', () => {
    const schema = discriminatedUnion('type', [strictObject({ type: literal('a') }), strictObject({ type: literal('b') })]);
    expect(said(schema, { type: 'c' })[0]).toMatchObject({ path: 'type', text: { sv: 'Välj ett av alternativen.' } });
  });

  it("uses a refinement's own texts when it gives them, its known message otherwise, and never English in Swedish", () => {
    const own = string().check(refine(() => false, { message: 'Nope', params: { text: { sv: 'Välj ett län.', en: 'Choose a county.' } } }));
    expect(one(own, 'x').text).toEqual({ sv: 'Välj ett län.', en: 'Choose a county.' });
    const known = string().check(refine(() => false, { message: 'Unknown CPV 2008 code' }));
    expect(one(known, 'x').text!.sv).toBe('Koden finns inte i CPV 2008. Kontrollera siffrorna.');
    const unknown = string().check(refine(() => false, { message: 'Some English rule' }));
    expect(one(unknown, 'x').text).toEqual({ sv: 'Uppgiften godtas inte. Kontrollera fältet.', en: 'Some English rule' });
  });

  it('names unknown fields one by one', () => {
    expect(said(strictObject({ a: string() }), { a: 'x', b: 1, c: 2 }).map((e) => [e.path, e.text!.sv])).toEqual([
      ['b', 'Okänt fält.'],
      ['c', 'Okänt fält.'],
    ]);
  });
});
