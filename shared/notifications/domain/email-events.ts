/**
 * What SES reports about mail it could not deliver, as it publishes it to
 * EventBridge (source `aws.ses`): the addresses that are to get no more mail.
 * A permanent bounce or a complaint stops mail to the address; a transient
 * bounce (a full mailbox) does not. Pure: the handler stores the result.
 */
export const SesEventDetailTypes = { bounce: 'Email Bounced', complaint: 'Email Complaint Received' } as const;

interface SesEventDetail {
  readonly eventType?: string;
  readonly bounce?: { readonly bounceType?: string; readonly bouncedRecipients?: readonly { readonly emailAddress?: string }[]; readonly timestamp?: string };
  readonly complaint?: { readonly complainedRecipients?: readonly { readonly emailAddress?: string }[]; readonly timestamp?: string };
  readonly mail?: { readonly timestamp?: string };
}

export interface AddressToSuppress {
  readonly email: string;
  readonly reason: 'bounce' | 'complaint';
  readonly at: string;
}

const addresses = (list: readonly { readonly emailAddress?: string }[] | undefined): string[] =>
  (list ?? []).map((r) => r.emailAddress?.trim().toLowerCase() ?? '').filter((a) => a.includes('@'));

export function addressesToSuppress(event: { readonly 'detail-type'?: string; readonly detail?: unknown; readonly time?: string }): AddressToSuppress[] {
  const detail = (event.detail ?? {}) as SesEventDetail;
  if (event['detail-type'] === SesEventDetailTypes.bounce && detail.bounce?.bounceType === 'Permanent') {
    const at = detail.bounce.timestamp ?? event.time ?? '';
    return addresses(detail.bounce.bouncedRecipients).map((email) => ({ email, reason: 'bounce', at }));
  }
  if (event['detail-type'] === SesEventDetailTypes.complaint) {
    const at = detail.complaint?.timestamp ?? event.time ?? '';
    return addresses(detail.complaint?.complainedRecipients).map((email) => ({ email, reason: 'complaint', at }));
  }
  return [];
}
