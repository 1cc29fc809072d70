/**
 * Plain-language texts shared by many pages: how forms name their groups of
 * fields, the reader's own organisation as "ni", what a date in the status box
 * means, the stage names of match cases, review years on the stage journey and
 * the regions. The words follow the glossary (../glossary.ts).
 */
export const sv = {
  'form.group.unit': 'vårdenheten',
  'form.group.civil': 'idéburen organisation {number}',
  'form.group.lot': 'delområde {number}',
  'form.group.checklist': '{item}',
  'newCase.civilPartiesLabel': 'Idéburna organisationer',
  'newNotice.lotsLabel': 'Delområden',
  'checklist.label': 'Rättslig kontroll',

  'status.due.by': 'Senast',
  'status.due.from': 'Tidigast',
  'status.due.on': 'Datum',

  'you.organisation': 'er organisation',
  'you.whoActs': 'Ni ({name})',
  'you.amongThem': 'ni är en av dem',
  'you.party': '{name} (ni)',
  'you.invitation.initiator': 'ni tog initiativet',
  'you.invitation.pending': 'ni har bjudits in och behöver svara',
  'you.invitation.accepted': 'ni har tackat ja',
  'you.invitation.declined': 'ni har tackat nej',
  'you.invitation.lapsed': 'ni svarade inte i tid',
  'you.consented': 'ni har godkänt version {version}',
  'you.signed': 'ni skrev under {date}',
  'you.bidder': 'Leverantör: ni ({name})',

  'matchStage.initiation': 'Matchning',
  'matchStage.dialogue': 'Frågor och anbud',
  'matchStage.approval': 'Utvärdering och tilldelning',
  'matchStage.agreement': 'Avtal',
  'matchStage.review': 'Avtalsuppföljning',
  'matchStage.closed': 'Avslutat',
  'matchStage.withdrawn': 'Återkallat',
  'matchJourney.title': 'Matchningsärendets steg',

  'journey.reviewYear': 'Uppföljning år {number}',
  'journey.descReviews': 'Ärendet har gått genom stegen {stages}. Nu pågår {current}.',

  'regions.legend': 'Län',
  'regions.none': 'Inget län valt',
  'objectives.legend': 'Sociala mål',

  'matchCase.buyer': 'Köpare: {name}',
  'matchCase.unnamed': 'namnet saknas i registret',
  'notice.number': 'Upphandling {id}',
  'notice.regions': 'Län',
  'notice.term': 'Avtalstid',
  'dates.termLastDay': 'Sista dagen överenskommelsen gäller',
  'matchDate.contractLastDay': 'Avtalets sista dag',
} as const;

export const en: Readonly<Record<keyof typeof sv, string>> = {
  'form.group.unit': 'the healthcare unit',
  'form.group.civil': 'idea-based organisation {number}',
  'form.group.lot': 'lot {number}',
  'form.group.checklist': '{item}',
  'newCase.civilPartiesLabel': 'Idea-based organisations',
  'newNotice.lotsLabel': 'Lots',
  'checklist.label': 'Legal checklist',

  'status.due.by': 'By',
  'status.due.from': 'At the earliest',
  'status.due.on': 'Date',

  'you.organisation': 'your organisation',
  'you.whoActs': 'You ({name})',
  'you.amongThem': 'you are one of them',
  'you.party': '{name} (you)',
  'you.invitation.initiator': 'you took the initiative',
  'you.invitation.pending': 'you have been invited and need to answer',
  'you.invitation.accepted': 'you have accepted',
  'you.invitation.declined': 'you have declined',
  'you.invitation.lapsed': 'you did not answer in time',
  'you.consented': 'you have approved version {version}',
  'you.signed': 'you signed on {date}',
  'you.bidder': 'Supplier: you ({name})',

  'matchStage.initiation': 'Matching',
  'matchStage.dialogue': 'Questions and tender',
  'matchStage.approval': 'Evaluation and award',
  'matchStage.agreement': 'Contract',
  'matchStage.review': 'Contract follow-up',
  'matchStage.closed': 'Closed',
  'matchStage.withdrawn': 'Withdrawn',
  'matchJourney.title': 'The match case’s stages',

  'journey.reviewYear': 'Review, year {number}',
  'journey.descReviews': 'The case has passed the stages {stages}. Now under way: {current}.',

  'regions.legend': 'Counties',
  'regions.none': 'No county chosen',
  'objectives.legend': 'Social objectives',

  'matchCase.buyer': 'Buyer: {name}',
  'matchCase.unnamed': 'name not in the registry',
  'notice.number': 'Procurement {id}',
  'notice.regions': 'Counties',
  'notice.term': 'Contract term',
  'dates.termLastDay': 'Last day the agreement is in force',
  'matchDate.contractLastDay': 'Last day of the contract',
};
