/**
 * Each person's choice of how to be told, and the rules that follow from it.
 * The inbox gets every notification whatever the choice; only e-mail differs.
 * Pure: the store keeps the choice, the notifier and the digest ask these rules.
 */
export const EmailDeliveries = ['both', 'material-at-once', 'digest-only'] as const;
/**
 * - `both`: material changes by e-mail at once, the rest in the daily digest (the default, as the product promises);
 * - `material-at-once`: material changes at once, no digest;
 * - `digest-only`: no e-mail during the day; the daily digest carries everything, material changes too.
 */
export type EmailDelivery = (typeof EmailDeliveries)[number];

export const Languages = ['sv', 'en'] as const;
export type Language = (typeof Languages)[number];

export interface NotificationPreference {
  readonly emailDelivery: EmailDelivery;
  readonly language: Language;
}

/** What a person gets before they have chosen: the product's promise, in Swedish. */
export const DefaultPreference: NotificationPreference = { emailDelivery: 'both', language: 'sv' };

/** A stored choice, or the default for a person who never chose. */
export function preferenceOf(stored: Partial<NotificationPreference> | undefined): NotificationPreference {
  return {
    emailDelivery: (EmailDeliveries as readonly string[]).includes(stored?.emailDelivery ?? '') ? stored!.emailDelivery! : DefaultPreference.emailDelivery,
    language: (Languages as readonly string[]).includes(stored?.language ?? '') ? stored!.language! : DefaultPreference.language,
  };
}

/** Whether the address can receive mail: an address that bounced for good or complained gets none until it is changed. */
export type EmailStatus = 'ok' | 'suppressed';

/** Is a material change e-mailed to this person the moment it happens? */
export function emailsAtOnce(preference: NotificationPreference, status: EmailStatus = 'ok'): boolean {
  return status === 'ok' && preference.emailDelivery !== 'digest-only';
}

/** Does this person's daily digest carry an entry (material or not)? */
export function digestCarries(preference: NotificationPreference, material: boolean, status: EmailStatus = 'ok'): boolean {
  if (status !== 'ok') return false;
  switch (preference.emailDelivery) {
    case 'both':
      return !material;
    case 'material-at-once':
      return false;
    case 'digest-only':
      return true;
  }
}

/** Does this person get a digest at all (whether it has anything in it is the day's business)? */
export function getsDigest(preference: NotificationPreference, status: EmailStatus = 'ok'): boolean {
  return digestCarries(preference, false, status) || digestCarries(preference, true, status);
}
