/** Pages anyone may open: the public register of IOP agreements, and the page for an address that leads nowhere. */
export const sv = {
  'register.title': 'Register över aktiva IOP-överenskommelser',
  'register.intro': 'Öppet för alla enligt principen om öppenhet och insyn. Registret innehåller inga personuppgifter.',
  'register.empty': 'Inga aktiva överenskommelser ännu.',
  'register.parties': 'Parter',
  'register.term': 'Giltighetstid',

  'notFound.title': 'Sidan finns inte',
  'notFound.text': 'Adressen leder inte till någon sida i tjänsten.',
  'notFound.home': 'Till startsidan',
} as const;

export const en: Readonly<Record<keyof typeof sv, string>> = {
  'register.title': 'Register of active IOP agreements',
  'register.intro': 'Open to everyone under the principle of openness and transparency. The register holds no personal data.',
  'register.empty': 'No active agreements yet.',
  'register.parties': 'Parties',
  'register.term': 'Term',

  'notFound.title': 'The page does not exist',
  'notFound.text': 'The address does not lead to any page of the service.',
  'notFound.home': 'To the start page',
};
