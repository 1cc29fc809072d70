/**
 * Swedish organisation numbers (organisationsnummer): ten digits written
 * NNNNNN-NNNN, the last a check digit by the Luhn algorithm over the first
 * nine. The third digit is at least 2 for a legal person, which tells an
 * organisation number from a personal identity number (a month is at most 12).
 * Pure: no I/O, so the registry, the forms and the tests share one rule.
 */
export type OrganisationNumberProblem = 'format' | 'not-an-organisation' | 'check-digit';

export type OrganisationNumberCheck =
  | { readonly valid: true; readonly normalised: string }
  | { readonly valid: false; readonly problem: OrganisationNumberProblem };

/** The Luhn check digit of a string of digits (weights 2, 1, 2, 1, … from the left for nine digits). */
export function luhnCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // From the right, every other digit starting with the rightmost is doubled.
    let d = Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** Accepts "NNNNNN-NNNN" or ten digits without the hyphen; answers the number written NNNNNN-NNNN. */
export function checkOrganisationNumber(input: string): OrganisationNumberCheck {
  const compact = input.trim().replace(/^(\d{6})-(\d{4})$/, '$1$2');
  if (!/^\d{10}$/.test(compact)) return { valid: false, problem: 'format' };
  if (Number(compact[2]) < 2) return { valid: false, problem: 'not-an-organisation' };
  if (luhnCheckDigit(compact.slice(0, 9)) !== Number(compact[9])) return { valid: false, problem: 'check-digit' };
  return { valid: true, normalised: `${compact.slice(0, 6)}-${compact.slice(6)}` };
}

/** What the reader is told for each problem, in both languages. */
export const OrganisationNumberMessages: Readonly<Record<OrganisationNumberProblem, { readonly sv: string; readonly en: string }>> = {
  format: { sv: 'Skriv organisationsnumret med tio siffror, till exempel 802002-8711.', en: 'Write the organisation number as ten digits, e.g. 802002-8711.' },
  'not-an-organisation': {
    sv: 'Det ser ut som ett personnummer: ett organisationsnummer har minst 2 som tredje siffra.',
    en: 'That looks like a personal identity number: an organisation number has at least 2 as its third digit.',
  },
  'check-digit': {
    sv: 'Organisationsnumret stämmer inte: kontrollsiffran (den sista) är fel. Kontrollera att alla siffror är rätt.',
    en: 'The organisation number does not add up: its check digit (the last) is wrong. Check every digit.',
  },
};
