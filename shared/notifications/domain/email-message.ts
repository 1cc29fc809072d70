/** An e-mail as it leaves the system: one subject, a plain-text and an HTML body of the same content. */
export interface EmailMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const HtmlEscapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every text from a case (titles, names, notes) is written by people: it goes into HTML only escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HtmlEscapes[c]!);
}

/** A subject line is one line: line breaks a title may carry would split the header. */
export function oneLine(text: string, max = 180): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The HTML frame every message shares: plain, readable without images, the language declared. */
export function htmlDocument(language: string, title: string, body: string): string {
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>',
    escapeHtml(title),
    '</title></head>',
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em; margin: 0 auto; padding: 1em;">',
    body,
    '</body></html>',
  ].join('');
}
