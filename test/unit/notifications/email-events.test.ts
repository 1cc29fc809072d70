import { describe, expect, it } from 'vitest';
import { addressesToSuppress } from '../../../shared/notifications/domain/email-events.js';

const bounce = (bounceType: string) => ({
  'detail-type': 'Email Bounced',
  time: '2027-03-01T10:00:00Z',
  detail: {
    eventType: 'Bounce',
    bounce: { bounceType, timestamp: '2027-03-01T09:59:00Z', bouncedRecipients: [{ emailAddress: ' Anna@Example.org ' }, { emailAddress: 'not-an-address' }] },
    mail: { timestamp: '2027-03-01T09:58:00Z' },
  },
});

describe('what SES reports about undelivered mail', () => {
  it('stops mail to an address that bounced for good, lower-cased', () => {
    expect(addressesToSuppress(bounce('Permanent'))).toEqual([{ email: 'anna@example.org', reason: 'bounce', at: '2027-03-01T09:59:00Z' }]);
  });

  it('keeps mailing an address whose bounce was transient (a full mailbox)', () => {
    expect(addressesToSuppress(bounce('Transient'))).toEqual([]);
  });

  it('stops mail to an address whose owner complained', () => {
    const complaint = {
      'detail-type': 'Email Complaint Received',
      time: '2027-03-01T10:00:00Z',
      detail: { complaint: { complainedRecipients: [{ emailAddress: 'b@example.org' }] } },
    };
    expect(addressesToSuppress(complaint)).toEqual([{ email: 'b@example.org', reason: 'complaint', at: '2027-03-01T10:00:00Z' }]);
  });

  it('ignores every other SES event', () => {
    expect(addressesToSuppress({ 'detail-type': 'Email Delivered', detail: { delivery: {} } })).toEqual([]);
  });
});
