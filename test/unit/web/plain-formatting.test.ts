import { describe, expect, it } from 'vitest';
import { plainApiText } from '../../../web/src/format/api-text.js';
import { formatTerm, lastDayBefore } from '../../../web/src/format/dates.js';
import { journeyOf } from '../../../web/src/format/journey.js';
import { formatMonths, formatNumber, formatSek } from '../../../web/src/format/numbers.js';
import { placeName, placeNames } from '../../../web/src/format/places.js';
import { iopDueMeaning, matchDueMeaning } from '../../../web/src/format/status.js';
import { dictionaries } from '../../../web/src/i18n/dictionary.js';
import { Glossary } from '../../../web/src/i18n/glossary.js';
import { translate } from '../../../web/src/i18n/translate.js';

// Intl writes the Swedish thousands separator as a no-break space; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers', () => {
  it('groups thousands the Swedish way and writes kr after the amount', () => {
    expect(plain(formatSek(1_250_000, 'sv'))).toBe('1 250 000 kr');
    expect(plain(formatSek(1_250_000, 'en'))).toBe('SEK 1,250,000');
    expect(plain(formatNumber(12_500, 'sv'))).toBe('12 500');
  });

  it('says months as months, and whole years of two or more as years', () => {
    expect(formatMonths(18, 'sv')).toBe('18 månader');
    expect(formatMonths(36, 'sv')).toBe('3 år');
    expect(formatMonths(1, 'en')).toBe('1 month');
  });

  it('groups large numbers filled into a text, and leaves a year as it is', () => {
    expect(plain(translate('sv', 'notices.more', { count: 12_000 }))).toContain('12 000');
    expect(translate('sv', 'journey.reviewYear', { number: 2027 })).toBe('Uppföljning år 2027');
  });
});

describe('dates', () => {
  it('shows a term by its first and last day', () => {
    expect(formatTerm('2027-01-01', '2032-01-01', 'sv')).toBe('1 januari 2027 – 31 december 2031');
    expect(formatTerm('2027-01-01T00:00:00+01:00', '2032-01-01T00:00:00+01:00', 'en')).toBe('1 January 2027 – 31 December 2031');
  });

  it('takes the last day from where something stops: the day before a plain day or a midnight, the same day otherwise', () => {
    expect(lastDayBefore('2030-03-01')).toBe('2030-02-28');
    expect(lastDayBefore('2030-03-01T00:00:00+01:00')).toBe('2030-02-28');
    expect(lastDayBefore('2030-03-01T10:00:00Z')).toBe('2030-03-01');
  });
});

describe("the API's own sentences", () => {
  it('say ISO days and NUTS codes as the page does', () => {
    expect(plainApiText('Avtal tecknat 2027-01-01–2030-01-01.', 'sv')).toBe('Avtal tecknat 1 januari 2027–1 januari 2030.');
    expect(plainApiText('Ni verkar i SE232, SE231.', 'sv')).toBe('Ni verkar i Västra Götalands län och Hallands län.');
    expect(plainApiText('You serve SE232.', 'en')).toBe('You serve Västra Götalands län.');
  });

  it('leave a reference number that only looks like a date alone', () => {
    expect(plainApiText('Diarienummer VGR 2026-01234', 'sv')).toBe('Diarienummer VGR 2026-01234');
  });

  it('name counties by their place names', () => {
    expect(placeName('SE232', 'sv')).toBe('Västra Götalands län');
    expect(placeNames(['SE110', 'SE232'], 'en')).toBe('Stockholms län and Västra Götalands län');
  });
});

describe('the stage journey', () => {
  const closed = (number: number) => ({ number, final: false, closedAt: '2028-02-01T00:00:00Z' });

  it('draws the five stages while a case has no reviews', () => {
    const j = journeyOf('dialogue');
    expect(j.steps.map((s) => (s.kind === 'stage' ? s.stage : `år ${s.number}`))).toEqual(['initiation', 'dialogue', 'approval', 'agreement', 'review']);
    expect(j.current).toBe(1);
  });

  it('shows a case in its third annual review as år 1, år 2, år 3 in order, the third current', () => {
    const j = journeyOf('review', [closed(1), closed(2), { number: 3, final: false }]);
    expect(j.steps.map((s) => (s.kind === 'stage' ? s.stage : `år ${s.number}`))).toEqual([
      'initiation',
      'dialogue',
      'approval',
      'agreement',
      'år 1',
      'år 2',
      'år 3',
    ]);
    expect(j.current).toBe(6);
    expect(j.steps.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done', 'done', 'done', 'current']);
  });

  it('moves on to the next year between two reviews instead of jumping back to the agreement', () => {
    const j = journeyOf('agreement', [closed(1)]);
    expect(j.steps.at(-1)).toMatchObject({ kind: 'review', number: 2, state: 'current' });
    expect(j.steps[3]).toMatchObject({ kind: 'stage', stage: 'agreement', state: 'done' });
  });

  it('marks no step current once the case has ended', () => {
    expect(journeyOf('closed', [closed(1)])).toMatchObject({ current: -1, ended: 'closed' });
  });
});

describe('what the status box’s date means', () => {
  it('is a deadline when it is one of the IOP case’s deadlines, else the day something happens', () => {
    expect(iopDueMeaning({ status: { dueAt: '2027-01-01' }, deadlines: { invitations: { dueAt: '2027-01-01' } } })).toBe('by');
    expect(iopDueMeaning({ status: { dueAt: '2028-01-01' }, deadlines: {} })).toBe('on');
  });

  it('is the earliest day of the contract while the standstill runs', () => {
    const standstill = { lastDay: '2027-01-10', endsAt: '2027-01-11T00:00:00+01:00' };
    expect(matchDueMeaning({ status: { dueAt: standstill.endsAt }, award: { standstill }, appeal: null })).toBe('from');
    expect(matchDueMeaning({ status: { dueAt: '2027-02-01' }, award: null, appeal: null })).toBe('by');
    expect(dictionaries.sv['status.due.from']).toBe('Tidigast');
  });
});

describe('the glossary', () => {
  it('is kept: no Swedish or English text of the app uses a word the glossary says not to use', () => {
    const used = Glossary.flatMap((term) =>
      (['sv', 'en'] as const).flatMap((lang) =>
        term.avoid[lang].flatMap((word) =>
          Object.entries(dictionaries[lang])
            .filter(([, text]) => new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'iu').test(text))
            .map(([key]) => `${lang} ${key} uses "${word}" (say "${term[lang]}")`),
        ),
      ),
    );
    expect(used).toEqual([]);
  });
});

describe('the named code lists the app carries', () => {
  it('are the reference data the API judges codes by', async () => {
    const nuts = (await import('../../../shared/procurement/reference-data/nuts-se.json', { with: { type: 'json' } })).default;
    const objectives = (await import('../../../shared/procurement/reference-data/social-objectives.json', { with: { type: 'json' } })).default;
    const { NutsRegions, SocialObjectives } = await import('../../../web/src/format/named-codes.js');
    expect(NutsRegions).toEqual(nuts.map((r) => ({ code: r.code, label: { sv: r.sv, en: r.en } })));
    expect(SocialObjectives).toEqual(objectives.map((r) => ({ code: r.code, label: { sv: r.sv, en: r.en } })));
  });
});
