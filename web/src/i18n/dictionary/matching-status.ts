/** Whether the matches on a page are up to date after a change of the notice or the profile. */
export const sv = {
  'matchingStatus.updating':
    'Matchningarna räknas om efter den senaste ändringen. Det brukar ta några sekunder; under tiden visas de som gällde före ändringen.',
  'matchingStatus.updatedAt': 'Matchningarna räknades senast om {time}.',
} as const;

export const en: Readonly<Record<keyof typeof sv, string>> = {
  'matchingStatus.updating':
    'The matches are being recalculated after the latest change. It usually takes a few seconds; until then you see the ones from before the change.',
  'matchingStatus.updatedAt': 'The matches were last recalculated {time}.',
};
