/** Picking organisations by name, acting for a member, and the initiation form's registry parts. */
export const sv = {
  'picker.searching': 'Söker i organisationsregistret …',
  'picker.none': 'Ingen organisation i registret heter så.',
  'picker.count': '{count} förslag. Välj med pil upp och ned och tryck Enter.',
  'newCase.unitPick': 'Vårdenhet',
  'newCase.unitPickHint': 'Skriv en del av namnet, till exempel Angered eller vårdcentral, och välj enheten i listan.',
  'newCase.civilPick': 'Idéburen organisation',
  'newCase.civilPickHint': 'Skriv en del av namnet eller organisationsnumret och välj organisationen i listan.',
  'newCase.criteriaFromRegistry': 'Uppgifterna kommer från organisationsregistret, där stadgarna kontrollerades {date}. Förhandskontrollen läser dem därifrån.',
  'actingFor.label': 'Ni agerar för',
  'actingFor.own': '{name} (er egen organisation)',
  'actingFor.member': '{name} (medlem som gett er fullmakt)',
  'actingFor.hint': 'Välj en medlem för att se och svara i dess ärenden. Allt ni gör då visas som "{umbrella} för medlemmen".',
  'timeline.byFor': '{name}, {umbrella} för {member} ({role})',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'picker.searching': 'Searching the organisation registry …',
  'picker.none': 'No organisation in the registry has that name.',
  'picker.count': '{count} suggestions. Choose with the up and down arrows and press Enter.',
  'newCase.unitPick': 'Healthcare unit',
  'newCase.unitPickHint': 'Type part of the name, for example Angered or vårdcentral, and choose the unit in the list.',
  'newCase.civilPick': 'Non-profit organisation',
  'newCase.civilPickHint': 'Type part of the name or the organisation number and choose the organisation in the list.',
  'newCase.criteriaFromRegistry': 'These come from the organisation registry, where the statutes were checked on {date}. The pre-check reads them from there.',
  'actingFor.label': 'You are acting for',
  'actingFor.own': '{name} (your own organisation)',
  'actingFor.member': '{name} (a member that has authorised you)',
  'actingFor.hint': 'Choose a member to see and answer its cases. Everything you do then shows as "{umbrella} for the member".',
  'timeline.byFor': '{name}, {umbrella} for {member} ({role})',
};
