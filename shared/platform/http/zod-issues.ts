import type { $ZodError as ZodError } from 'zod/v4/core';
import type { FieldError } from '../errors/domain-errors.js';

type Issue = ZodError['issues'][number];
type Text = { readonly sv: string; readonly en: string };

/**
 * Zod's issues said to a person, in Swedish and English: what to do with the
 * field, never zod's own wording ("Too small: expected string to have >=2
 * characters") or the regular expression a value failed. The text does not
 * name the field: the form shows it at the field, and its summary puts the
 * field's label in front. The English text is also the error's `message`.
 */
const count = (n: number | bigint, lang: 'sv' | 'en'): string => new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB').format(n);
const Required: Text = { sv: 'Fyll i fältet.', en: 'Fill in this field.' };
const DateText: Text = { sv: 'Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2027-01-31.', en: 'Enter a date as YYYY-MM-DD, for example 2027-01-31.' };
const WholeNumber: Text = { sv: 'Skriv ett heltal, utan decimaler.', en: 'Enter a whole number, without decimals.' };
const NotAcceptedSv = 'Uppgiften godtas inte. Kontrollera fältet.';

/** The value at an issue's path of the input that was parsed. */
function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function isMissing(issue: Issue, input: unknown): boolean {
  // Zod keeps the input out of the issue (and zod/mini, with no locale loaded, says only "Invalid input"): look at the input itself.
  const value = valueAt(input, issue.path);
  return value === undefined || value === null;
}

function tooSmall(origin: string, min: number | bigint, inclusive: boolean): Text {
  const [sv, en] = [count(min, 'sv'), count(min, 'en')];
  const one = Number(min) <= 1;
  switch (origin) {
    case 'string':
      return one ? Required : { sv: `Skriv minst ${sv} tecken.`, en: `Write at least ${en} characters.` };
    case 'array':
    case 'set':
      return one ? { sv: 'Ange minst en.', en: 'Give at least one.' } : { sv: `Ange minst ${sv} stycken.`, en: `Give at least ${en}.` };
    case 'date':
      return { sv: 'Välj ett senare datum.', en: 'Choose a later date.' };
    default:
      return inclusive
        ? { sv: `Skriv ett tal som är ${sv} eller mer.`, en: `Enter a number of ${en} or more.` }
        : { sv: `Skriv ett tal som är större än ${sv}.`, en: `Enter a number greater than ${en}.` };
  }
}

function tooBig(origin: string, max: number | bigint, inclusive: boolean): Text {
  const [sv, en] = [count(max, 'sv'), count(max, 'en')];
  switch (origin) {
    case 'string':
      return { sv: `Skriv högst ${sv} tecken.`, en: `Write at most ${en} characters.` };
    case 'array':
    case 'set':
      return { sv: `Ange högst ${sv} stycken.`, en: `Give at most ${en}.` };
    case 'date':
      return { sv: 'Välj ett tidigare datum.', en: 'Choose an earlier date.' };
    default:
      return inclusive
        ? { sv: `Skriv ett tal som är ${sv} eller mindre.`, en: `Enter a number of ${en} or less.` }
        : { sv: `Skriv ett tal som är mindre än ${sv}.`, en: `Enter a number less than ${en}.` };
  }
}

function wrongType(expected: string): Text {
  switch (expected) {
    case 'number':
    case 'bigint':
      return { sv: 'Skriv ett tal med siffror.', en: 'Enter a number in digits.' };
    case 'int':
      return WholeNumber;
    case 'boolean':
      return { sv: 'Svara ja eller nej.', en: 'Answer yes or no.' };
    case 'array':
      return { sv: 'Ange en lista, en sak per rad eller skilda med kommatecken.', en: 'Give a list, one item per line or separated by commas.' };
    case 'date':
      return DateText;
    default:
      return { sv: 'Fyll i fältet med text.', en: 'Fill in this field with text.' };
  }
}

/** A regular expression said as what to write: the simple shapes the schemas use, else a pointer to the field's hint. */
function patternText(pattern: string | undefined): Text {
  const digits = pattern?.match(/^\/\^\\d\{(\d+)\}\$\/$/);
  if (digits) return { sv: `Skriv ${digits[1]} siffror.`, en: `Enter ${digits[1]} digits.` };
  if (pattern && /a-z0-9/.test(pattern) && !/A-Z/.test(pattern)) {
    return { sv: 'Använd små bokstäver a–z, siffror och bindestreck.', en: 'Use small letters a–z, digits and hyphens.' };
  }
  return { sv: 'Värdet har inte rätt form. Se tipset vid fältet.', en: 'The value is not in the right form. See the hint at the field.' };
}

function formatText(format: string, pattern: string | undefined): Text {
  switch (format) {
    case 'date':
      return DateText;
    case 'datetime':
      return { sv: 'Ange datum och klockslag.', en: 'Give a date and a time.' };
    case 'time':
      return { sv: 'Ange ett klockslag, till exempel 14:30.', en: 'Give a time, for example 14:30.' };
    case 'email':
      return { sv: 'Skriv en e-postadress, till exempel namn@example.se.', en: 'Enter an e-mail address, for example name@example.org.' };
    case 'url':
      return { sv: 'Skriv en webbadress som börjar med https://.', en: 'Enter a web address starting with https://.' };
    case 'uuid':
    case 'guid':
      return {
        sv: 'Värdet är inte ett giltigt id. Börja om från sidan du kom från.',
        en: 'The value is not a valid id. Start again from the page you came from.',
      };
    default:
      return patternText(pattern);
  }
}

/** Messages the schemas set themselves (refinements), said in both languages; an unknown one keeps its English. */
const SchemaMessages: Readonly<Record<string, Text>> = {
  'A CPV code has 8 digits (without the check digit)': {
    sv: 'En CPV-kod har 8 siffror (utan kontrollsiffran), till exempel 85312400.',
    en: 'A CPV code has 8 digits (without the check digit), for example 85312400.',
  },
  'Unknown CPV 2008 code': { sv: 'Koden finns inte i CPV 2008. Kontrollera siffrorna.', en: 'The code is not in CPV 2008. Check the digits.' },
  'Unknown Swedish NUTS 3 code': { sv: 'Välj ett län ur listan.', en: 'Choose a county from the list.' },
  'Unknown social objective code': { sv: 'Välj ett socialt mål ur listan.', en: 'Choose a social objective from the list.' },
};

function customText(issue: Issue): Text {
  const own = (issue as { params?: { text?: Partial<Text> } }).params?.text;
  if (typeof own?.sv === 'string' && typeof own.en === 'string') return { sv: own.sv, en: own.en };
  return SchemaMessages[issue.message] ?? { sv: NotAcceptedSv, en: issue.message };
}

/** One issue as a text for a person; the parsed input tells a missing value apart from a wrong one. */
export function issueText(issue: Issue, input: unknown): Text {
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue, input) ? Required : wrongType(issue.expected);
    case 'too_small':
      return tooSmall(issue.origin, issue.minimum, issue.inclusive ?? true);
    case 'too_big':
      return tooBig(issue.origin, issue.maximum, issue.inclusive ?? true);
    case 'invalid_format':
      return formatText(issue.format, (issue as { pattern?: string }).pattern);
    case 'not_multiple_of':
      return Number(issue.divisor) === 1
        ? WholeNumber
        : { sv: `Skriv ett tal i steg om ${count(Number(issue.divisor), 'sv')}.`, en: `Enter a number in steps of ${count(Number(issue.divisor), 'en')}.` };
    case 'invalid_value':
    case 'invalid_union':
      return { sv: 'Välj ett av alternativen.', en: 'Choose one of the options.' };
    case 'invalid_key':
    case 'invalid_element':
      return { sv: 'Någon del av värdet godtas inte. Kontrollera fältet.', en: 'Part of the value is not accepted. Check the field.' };
    case 'unrecognized_keys':
      return { sv: 'Okänt fält.', en: 'Unknown field.' };
    case 'custom':
      return customText(issue);
    default:
      return { sv: NotAcceptedSv, en: 'The value is not accepted. Check the field.' };
  }
}

/**
 * Zod issues as field errors with dotted paths, in English and Swedish; unknown keys are named one by one.
 * `input` is what was parsed, so a missing field is said as one. Zod's own messages are never shown,
 * so no zod locale is loaded (zod/mini's are all "Invalid input").
 */
export function fieldErrorsOf(error: ZodError, prefix: string, input: unknown): FieldError[] {
  return error.issues.flatMap((issue) => {
    const base = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: [base, key].filter(Boolean).join('.'),
        message: 'Unknown field.',
        text: { sv: 'Okänt fält.', en: 'Unknown field.' },
      }));
    }
    const text = issueText(issue, input);
    return [{ path: base || '(body)', message: text.en, text }];
  });
}
