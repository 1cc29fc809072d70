/**
 * The two code lists a reader picks from by name: Sweden's counties (NUTS 3)
 * and the eForms social objectives. A copy of the API's reference data
 * (shared/procurement/reference-data), kept equal by a unit test: the app
 * carries these few names, not the modules behind them.
 */
export interface NamedCode {
  readonly code: string;
  readonly label: { readonly sv: string; readonly en: string };
}

export const NutsRegions: readonly NamedCode[] = [
  { code: 'SE110', label: { sv: 'Stockholms län', en: 'Stockholms län' } },
  { code: 'SE121', label: { sv: 'Uppsala län', en: 'Uppsala län' } },
  { code: 'SE122', label: { sv: 'Södermanlands län', en: 'Södermanlands län' } },
  { code: 'SE123', label: { sv: 'Östergötlands län', en: 'Östergötlands län' } },
  { code: 'SE124', label: { sv: 'Örebro län', en: 'Örebro län' } },
  { code: 'SE125', label: { sv: 'Västmanlands län', en: 'Västmanlands län' } },
  { code: 'SE211', label: { sv: 'Jönköpings län', en: 'Jönköpings län' } },
  { code: 'SE212', label: { sv: 'Kronobergs län', en: 'Kronobergs län' } },
  { code: 'SE213', label: { sv: 'Kalmar län', en: 'Kalmar län' } },
  { code: 'SE214', label: { sv: 'Gotlands län', en: 'Gotlands län' } },
  { code: 'SE221', label: { sv: 'Blekinge län', en: 'Blekinge län' } },
  { code: 'SE224', label: { sv: 'Skåne län', en: 'Skåne län' } },
  { code: 'SE231', label: { sv: 'Hallands län', en: 'Hallands län' } },
  { code: 'SE232', label: { sv: 'Västra Götalands län', en: 'Västra Götalands län' } },
  { code: 'SE311', label: { sv: 'Värmlands län', en: 'Värmlands län' } },
  { code: 'SE312', label: { sv: 'Dalarnas län', en: 'Dalarnas län' } },
  { code: 'SE313', label: { sv: 'Gävleborgs län', en: 'Gävleborgs län' } },
  { code: 'SE321', label: { sv: 'Västernorrlands län', en: 'Västernorrlands län' } },
  { code: 'SE322', label: { sv: 'Jämtlands län', en: 'Jämtlands län' } },
  { code: 'SE331', label: { sv: 'Västerbottens län', en: 'Västerbottens län' } },
  { code: 'SE332', label: { sv: 'Norrbottens län', en: 'Norrbottens län' } },
  { code: 'SEZZZ', label: { sv: 'Extra-Regio NUTS 3', en: 'Extra-Regio NUTS 3' } },
];

export const SocialObjectives: readonly NamedCode[] = [
  { code: 'acc-all', label: { sv: 'Tillgänglighet för alla', en: 'Accessibility for all' } },
  { code: 'et-eq', label: { sv: 'Jämlikhet mellan folkgrupper', en: 'Ethnic equality' } },
  { code: 'gen-eq', label: { sv: 'Jämställdhet mellan kvinnor och män', en: 'Gender equality' } },
  {
    code: 'hum-right',
    label: { sv: 'Tillbörlig aktsamhet i fråga om mänskliga rättigheter i globala leveranskedjor', en: 'Human rights due diligence in global supply chains' },
  },
  {
    code: 'opp',
    label: {
      sv: 'Sysselsättningsmöjligheter för långtidsarbetslösa, missgynnade personer och/eller personer med funktionsnedsättning',
      en: 'Employment opportunities for the long-term unemployed, disadvantaged and/or for persons with disabilities',
    },
  },
  { code: 'other', label: { sv: 'Annat', en: 'Other' } },
  { code: 'work-cond', label: { sv: 'Rättvisa arbetsvillkor', en: 'Fair working conditions' } },
];
