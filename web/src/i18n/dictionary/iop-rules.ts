/** The IOP rules of the law as the case page shows them: EU state aid summed per organisation across its cases. */
export const sv = {
  'stateAid.heading': 'Statligt stöd per organisation',
  'stateAid.intro':
    'Offentligt stöd till samma organisation räknas ihop från alla dess IOP-ärenden under tre år i följd. Här visas de tre år som väger tyngst om ärendet godkänns.',
  'stateAid.window': '{name}: {sek} ({eur}) i offentligt stöd {from}–{to}.',
  'stateAid.ceiling.deMinimis': 'De minimis-taket {ceiling} (förordning 2023/2831)',
  'stateAid.ceiling.sgei': 'Taket för tjänster av allmänt ekonomiskt intresse {ceiling} (förordning 2023/2832)',
  'stateAid.share': '{share} av taket',
  'stateAid.level.ok': 'Under taket',
  'stateAid.level.approaching': 'Närmar sig taket',
  'stateAid.level.over': 'Över taket',
  'stateAid.line.thisCase': 'Det här ärendet',
  'stateAid.line.otherBody': 'Ett ärende hos en annan region eller kommun',
  'stateAid.line.amount': '{sek} ({eur}, {rate} kr per euro, kurs för {year})',
  'stateAid.rateSource': 'Växelkurs: {source}',
} as const;

export const en: Readonly<Record<keyof typeof sv, string>> = {
  'stateAid.heading': 'State aid per organisation',
  'stateAid.intro':
    'Public support to the same organisation is added up from all its IOP cases over any three years. Shown here are the three years that weigh most if the case is approved.',
  'stateAid.window': '{name}: {sek} ({eur}) of public support from {from} to {to}.',
  'stateAid.ceiling.deMinimis': 'The de minimis ceiling {ceiling} (Regulation 2023/2831)',
  'stateAid.ceiling.sgei': 'The ceiling for services of general economic interest {ceiling} (Regulation 2023/2832)',
  'stateAid.share': '{share} of the ceiling',
  'stateAid.level.ok': 'Under the ceiling',
  'stateAid.level.approaching': 'Approaching the ceiling',
  'stateAid.level.over': 'Over the ceiling',
  'stateAid.line.thisCase': 'This case',
  'stateAid.line.otherBody': 'A case of another region or municipality',
  'stateAid.line.amount': '{sek} ({eur}, SEK {rate} per euro, rate for {year})',
  'stateAid.rateSource': 'Exchange rate: {source}',
};
