import { describe, expect, it } from 'vitest';
import { caseMessage, caseSubject, whatToDo, type Reader } from '../../../shared/notifications/domain/case-message.js';
import { casePageUrl, readerActs, type CaseNotification } from '../../../shared/notifications/domain/case-notification.js';
import { digestMessage } from '../../../shared/notifications/domain/digest-message.js';
import { escapeHtml, oneLine } from '../../../shared/notifications/domain/email-message.js';

const notification: CaseNotification = {
  eventId: 'IOP#iop-1#1#0',
  kind: 'iop',
  caseId: 'iop-1',
  reference: 'IOP-2027-000001',
  title: 'Hälsokommunikatörer i Angered',
  type: 'case-initiated',
  at: '2027-03-01T08:00:00.000Z',
  happened: { sv: 'Sara startade ärendet. Röda Korset är inbjudna.', en: 'Sara started the case. The Red Cross is invited.' },
  next: { sv: 'Svenska Röda Korset tackar ja eller nej.', en: 'Svenska Röda Korset accept or decline.' },
  whoActs: { orgs: ['svenska-roda-korset'], roles: ['civil'], label: { sv: 'Svenska Röda Korset', en: 'Svenska Röda Korset' } },
  dueAt: '2027-03-15T22:59:59.000Z',
};
const invited: Reader = { name: 'Ahmed Hassan', org: 'svenska-roda-korset', role: 'civil', language: 'sv' };
const initiator: Reader = { name: 'Sara Lindqvist', org: 'angereds-narsjukhus', role: 'healthcare', language: 'en' };
const link = casePageUrl('http://localhost:3000/', 'iop', 'iop-1');

describe('the e-mail of a material change', () => {
  it('links to the case page of the web app', () => {
    expect(link).toBe('http://localhost:3000/arenden/iop-1');
    expect(casePageUrl('https://iop.example.org', 'match-case', 'm 1')).toBe('https://iop.example.org/matchningar/m%201');
  });

  it('tells the one who acts what to do and by which Swedish day, in Swedish', () => {
    const todo = whatToDo(notification, invited);
    expect(todo.acts).toBe(true);
    // 22:59:59 UTC on 15 March is still 15 March in Stockholm (CET).
    expect(todo.text).toBe('Svenska Röda Korset tackar ja eller nej. Senast 15 mars 2027.');
    const message = caseMessage(notification, invited, link);
    expect(message.subject).toBe('Hälsokommunikatörer i Angered: Sara startade ärendet. Röda Korset är inbjudna.');
    expect(message.text).toContain('Hej Ahmed Hassan!');
    expect(message.text).toContain('Hälsokommunikatörer i Angered (Ärende IOP-2027-000001)');
    expect(message.text).toContain('Ni behöver göra något: Svenska Röda Korset tackar ja eller nej. Senast 15 mars 2027.');
    expect(message.text).toContain(`Öppna ärendet: ${link}`);
    expect(message.html).toContain('<html lang="sv">');
    expect(message.html).toContain(`<a href="${link}"`);
  });

  it('tells everyone else who acts next and that they need do nothing, in English', () => {
    expect(readerActs(notification, initiator)).toBe(false);
    const message = caseMessage(notification, initiator, link);
    expect(message.text).toContain('Hello Sara Lindqvist,');
    expect(message.text).toContain('The next step is for Svenska Röda Korset. You need do nothing now. By 15 March 2027.');
    expect(message.text).not.toContain('You need to act');
    expect(message.html).toContain('<html lang="en">');
  });

  it('names a role of the public body when no organisation is named (the decision-maker)', () => {
    const decision = { ...notification, whoActs: { orgs: [], roles: ['approver'], label: { sv: 'Beslutsfattaren', en: 'The decision-maker' } } };
    expect(readerActs(decision, { org: 'vgr', role: 'approver' })).toBe(true);
    expect(readerActs(decision, { org: 'vgr', role: 'admin' })).toBe(false);
    expect(whatToDo({ ...decision, dueAt: null }, { ...initiator, language: 'sv' }).text).toBe(
      'Svenska Röda Korset tackar ja eller nej. Nästa steg tas av Beslutsfattaren. Ni behöver inte göra något just nu.',
    );
  });

  it('escapes every text people wrote in the HTML part and keeps the subject on one line', () => {
    const hostile = { ...notification, title: 'Läxhjälp <script>alert(1)</script>\r\nBcc: x@y.z', happened: { sv: '"<img src=x onerror=alert(1)>"', en: '' } };
    const message = caseMessage(hostile, invited, link);
    expect(message.html).not.toContain('<script>');
    expect(message.html).not.toContain('<img');
    expect(message.html).toContain('Läxhjälp &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(message.subject).not.toMatch(/[\r\n]/);
    expect(caseSubject(hostile, 'sv')).toBe(message.subject);
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(oneLine('a'.repeat(300))).toHaveLength(180);
  });
});

describe('the daily digest e-mail', () => {
  const cases = [
    {
      caseId: 'iop-1',
      kind: 'iop',
      reference: 'IOP-2027-000001',
      title: 'Hälsokommunikatörer i Angered',
      entries: [
        {
          at: '2027-03-01T09:30:00.000Z',
          type: 'consent-given',
          text: { sv: 'Angereds Närsjukhus samtycker.', en: 'Angereds Närsjukhus consents.' },
          actor: { name: 'Sara', org: 'a' },
        },
        {
          at: '2027-03-01T13:05:00.000Z',
          type: 'meeting-recorded',
          text: { sv: 'Ett möte <b>antecknades</b>.', en: 'A meeting was recorded.' },
          actor: { name: 'Sara', org: 'a' },
        },
      ],
    },
  ];

  it('lists each case with its entries at Swedish times and its link, in the reader’s language', () => {
    const sv = digestMessage({ since: '2027-02-28T06:00:00.000Z', cases }, invited, 'http://localhost:3000');
    expect(sv.subject).toBe('Dagens sammanfattning: 2 händelser i 1 ärende sedan 2027-02-28');
    expect(sv.text).toContain('Här är det som hänt i era ärenden sedan 28 februari 2027.');
    expect(sv.text).toContain('- 1 mars 2027 kl. 10:30: Angereds Närsjukhus samtycker.');
    expect(sv.text).toContain('Öppna ärendet: http://localhost:3000/arenden/iop-1');
    expect(sv.html).toContain('Ett möte &lt;b&gt;antecknades&lt;/b&gt;.');
    const en = digestMessage({ since: '2027-02-28T06:00:00.000Z', cases }, initiator, 'http://localhost:3000');
    expect(en.subject).toBe('Daily summary: 2 events in 1 case since 2027-02-28');
    expect(en.text).toContain('- 1 March 2027 at 14:05: A meeting was recorded.');
  });
});
