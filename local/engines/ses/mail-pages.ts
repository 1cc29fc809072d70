import type { LocalMail } from './local-ses.js';

/**
 * GET /dev/mail for people: the local mailbox as a page, newest first, each
 * message with its plain text and a link to the HTML part exactly as sent.
 * Every value is escaped; the page itself runs no script.
 */
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The mailbox page's own policy: nothing but its inline styles. */
export const MailPageSecurityHeaders = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

export function mailboxPage(messages: readonly LocalMail[], filter: { readonly to?: string }): string {
  const rows = [...messages]
    .reverse()
    .map(
      (m) => `<article style="border:1px solid #ccc;border-radius:6px;padding:1em;margin:1em 0">
<h2 style="font-size:1.1em;margin:0 0 .5em">${esc(m.subject)}</h2>
<p style="margin:0;color:#444">Till / To: ${esc(m.to.join(', '))}<br>Från / From: ${esc(m.from)}<br>Skickat / Sent: ${esc(m.at)}</p>
<p><a href="/dev/mail/${encodeURIComponent(m.messageId)}">Visa som HTML / Show as HTML</a></p>
<pre style="white-space:pre-wrap;font-family:inherit;background:#f6f6f6;padding:.75em">${esc(m.text)}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Lokal e-post / Local mail</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;max-width:50em;margin:0 auto;padding:1em">
<h1>Lokal e-post / Local mail</h1>
<p>Meddelanden som skickats genom den lokala SES-motorn${filter.to ? ` till ${esc(filter.to)}` : ''}: ${messages.length}. Inget lämnar datorn. / Messages sent through the local SES engine; nothing leaves this machine.</p>
${rows || '<p>Inga meddelanden än. / No messages yet.</p>'}
</body></html>`;
}
