/** A tender school's own page (loaded on demand): who is invited, their answers and attendance, recording it and cancelling. */
export const sv = {
  'school.title': 'Anbudsskola',
  'school.invited': 'Inbjudna ({count})',
  'school.counts': '{coming} kommer, {notComing} kommer inte, {unanswered} har inte svarat.',
  'school.countsHeld': '{attended} deltog, {absent} deltog inte.',
  'school.bidder': 'Leverantör',
  'school.answer': 'Svar',
  'school.inviteMore': 'Bjud in fler',
  'school.timeline': 'Händelser',
  'school.recordTitle': 'För in vilka som deltog',
  'school.record': 'Spara närvaron',
  'school.cancelTitle': 'Ställ in anbudsskolan',
  'school.reason': 'Skäl till de inbjudna',
  'school.cancel': 'Ställ in',
} as const;

export const en: Readonly<Record<keyof typeof sv, string>> = {
  'school.title': 'Tender school',
  'school.invited': 'Invited ({count})',
  'school.counts': '{coming} coming, {notComing} not coming, {unanswered} not answered.',
  'school.countsHeld': '{attended} attended, {absent} did not attend.',
  'school.bidder': 'Supplier',
  'school.answer': 'Answer',
  'school.inviteMore': 'Invite more',
  'school.timeline': 'Events',
  'school.recordTitle': 'Record who attended',
  'school.record': 'Save attendance',
  'school.cancelTitle': 'Cancel the tender school',
  'school.reason': 'Reason, to the invited',
  'school.cancel': 'Cancel it',
};
