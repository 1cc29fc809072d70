import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { DemoOrganisations } from '../../../local/seed/organisations-seed.js';
import { checkOrganisationNumber, luhnCheckDigit } from '../../../shared/platform/organisations/organisation-number.js';

/** Nine digits whose third is 2–9: the start of a legal person's organisation number. */
const nineDigits = fc
  .tuple(
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 2 }),
    fc.integer({ min: 2, max: 9 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }),
  )
  .map(([a, third, b]) => [...a, third, ...b].join(''));

describe('the organisation number check', () => {
  it('accepts real organisation numbers, with or without the hyphen', () => {
    // Västra Götalandsregionen, Region Stockholm, Göteborgs Stad, Svenska Röda Korset.
    for (const n of ['232100-0131', '232100-0016', '212000-1355', '802002-8711']) expect(checkOrganisationNumber(n)).toEqual({ valid: true, normalised: n });
    expect(checkOrganisationNumber(' 8020028711 ')).toEqual({ valid: true, normalised: '802002-8711' });
  });

  it('names what is wrong: the format, a personal identity number, or the check digit', () => {
    expect(checkOrganisationNumber('802002-871')).toEqual({ valid: false, problem: 'format' });
    expect(checkOrganisationNumber('80200-28711')).toEqual({ valid: false, problem: 'format' });
    expect(checkOrganisationNumber('802002 8711')).toEqual({ valid: false, problem: 'format' });
    expect(checkOrganisationNumber('')).toEqual({ valid: false, problem: 'format' });
    // 811218-9876 is a valid personal identity number (Skatteverket's example): month 12, third digit 1.
    expect(checkOrganisationNumber('811218-9876')).toEqual({ valid: false, problem: 'not-an-organisation' });
    expect(checkOrganisationNumber('802002-8712')).toEqual({ valid: false, problem: 'check-digit' });
  });

  it('computes the Luhn digit of known numbers', () => {
    expect(luhnCheckDigit('232100013')).toBe(1);
    expect(luhnCheckDigit('802002871')).toBe(1);
    expect(luhnCheckDigit('811218987')).toBe(6);
  });

  test.prop([nineDigits])('accepts every number whose last digit is its Luhn digit, and normalises it', (nine) => {
    const number = `${nine}${luhnCheckDigit(nine)}`;
    expect(checkOrganisationNumber(number)).toEqual({ valid: true, normalised: `${number.slice(0, 6)}-${number.slice(6)}` });
  });

  test.prop([nineDigits, fc.integer({ min: 1, max: 9 })])('refuses every other last digit', (nine, offset) => {
    const wrong = (luhnCheckDigit(nine) + offset) % 10;
    expect(checkOrganisationNumber(`${nine}${wrong}`)).toEqual({ valid: false, problem: 'check-digit' });
  });

  test.prop([nineDigits, fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 9 })])('catches any single mistyped digit', (nine, at, delta) => {
    const number = `${nine}${luhnCheckDigit(nine)}`;
    const typo = number.slice(0, at) + String((Number(number[at]) + delta) % 10) + number.slice(at + 1);
    // A typo in the third digit may turn it into a personal number; either way it is refused.
    expect(checkOrganisationNumber(typo).valid).toBe(false);
  });

  test.prop([nineDigits, fc.integer({ min: 0, max: 8 })])('catches swapping two different neighbouring digits (except 0 and 9)', (nine, at) => {
    const number = `${nine}${luhnCheckDigit(nine)}`;
    const [a, b] = [number[at]!, number[at + 1]!];
    fc.pre(a !== b && !['09', '90'].includes(a + b));
    const swapped = number.slice(0, at) + b + a + number.slice(at + 2);
    expect(checkOrganisationNumber(swapped).valid).toBe(false);
  });

  it('holds for every organisation number in the seed registry', () => {
    const numbers = DemoOrganisations.flatMap((o) => (o.organisationNumber ? [[o.name, o.organisationNumber] as const] : []));
    expect(numbers.length).toBeGreaterThan(8);
    for (const [name, n] of numbers) expect(checkOrganisationNumber(n), name).toEqual({ valid: true, normalised: n });
  });
});
