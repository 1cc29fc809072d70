import table from './exchange-rates.json' with { type: 'json' };

/** The EUR/SEK rate a grant is converted at: the table's year of the grant, or the latest year before it. */
export interface ExchangeRate {
  readonly year: number;
  readonly sekPerEur: number;
  readonly source: string;
}

const rates = [...table.rates].sort((a, b) => a.year - b.year);

export function sekPerEurOn(at: Date | string): ExchangeRate {
  const year = new Date(at).getUTCFullYear();
  const known = rates.filter((r) => r.year <= year).at(-1) ?? rates[0]!;
  return { year: known.year, sekPerEur: known.sekPerEur, source: table.source };
}
