/** A page loaded on demand (its own file of the app): while it loads, and when it cannot be loaded. */
export const sv = {
  'pageLoad.title': 'Sidan laddas',
  'pageLoad.loading': 'Sidan laddas …',
  'pageLoad.failedTitle': 'Sidan kunde inte laddas',
  'pageLoad.failed':
    'Den här delen av tjänsten kunde inte hämtas. Kontrollera anslutningen och försök igen. Har tjänsten just uppdaterats hjälper det att ladda om sidan.',
  'pageLoad.retry': 'Försök igen',
  'pageLoad.reload': 'Ladda om sidan',
} as const;

export const en: Readonly<Record<keyof typeof sv, string>> = {
  'pageLoad.title': 'Loading the page',
  'pageLoad.loading': 'Loading the page …',
  'pageLoad.failedTitle': 'The page could not be loaded',
  'pageLoad.failed':
    'This part of the service could not be fetched. Check your connection and try again. If the service has just been updated, reloading the page helps.',
  'pageLoad.retry': 'Try again',
  'pageLoad.reload': 'Reload the page',
};
