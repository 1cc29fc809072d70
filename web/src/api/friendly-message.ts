import type { Language } from '../i18n/dictionary.js';
import type { Problem } from './problem.js';

type Text = { readonly sv: string; readonly en: string };

/**
 * The API says each field error and refusal in Swedish and English (`text`
 * beside the English `message` or `detail`). Older refusals of the process
 * rules come in English only: the ones known here are said again in plain
 * Swedish; any other is, on a Swedish page, replaced by a plain sentence of
 * what to do, so no English reaches a Swedish reader.
 */
type Rule = readonly [RegExp, (m: RegExpMatchArray) => Text];

const Rules: readonly Rule[] = [
  [/^The tender deadline( .+)? has (already )?passed$/, () => ({ sv: 'Sista anbudsdagen har redan passerat.', en: 'The tender deadline has already passed.' })],
  [/^The deadline must be in the future$/, () => ({ sv: 'Välj ett datum som inte har passerat.', en: 'Choose a date that has not passed.' })],
  [/^More than the number of lots$/, () => ({ sv: 'Fler än antalet delområden.', en: 'More than the number of lots.' })],
  [
    /^More than the lots a supplier may bid for$/,
    () => ({ sv: 'Fler än de delområden en leverantör får lämna anbud på.', en: 'More than the lots a supplier may bid for.' }),
  ],
  [
    /^Only a notice with lots can limit lots per supplier$/,
    () => ({ sv: 'Bara en upphandling med delområden kan begränsa delområden per leverantör.', en: 'Only a notice with lots can limit lots per supplier.' }),
  ],
  [
    /^A framework agreement may run at most 4 years/,
    () => ({ sv: 'Ett ramavtal får löpa högst 4 år, förlängningar inräknade.', en: 'A framework agreement may run at most 4 years, options included.' }),
  ],
  [
    /^A contract reserved under LOU 19 kap\. 25 § may run at most 3 years$/,
    () => ({
      sv: 'Ett kontrakt som reserveras enligt LOU 19 kap. 25 § får löpa högst 3 år.',
      en: 'A contract reserved under LOU 19:25 may run at most 3 years.',
    }),
  ],
  [
    /^Lot values add up to (\d+) SEK, not the estimated value (\d+) SEK$/,
    () => ({ sv: 'Delområdenas värden ska tillsammans bli upphandlingens uppskattade värde.', en: 'The lots’ values must add up to the estimated value.' }),
  ],
  [/^Lot id .+ is used twice$/, () => ({ sv: 'Två delområden har samma nummer.', en: 'Two lots have the same number.' })],
  [/^Above the direct award limit/, () => ({ sv: 'Värdet är över gränsen för direktupphandling.', en: 'The value is above the direct award limit.' })],
  [
    /^CPV .+ may not be reserved under LOU 19 kap\. 25 §$/,
    () => ({ sv: 'Tjänsten får inte reserveras enligt LOU 19 kap. 25 §.', en: 'The service may not be reserved under LOU 19:25.' }),
  ],
  [
    /^The same buyer awarded this organisation a 19 kap\. 25 § contract/,
    () => ({
      sv: 'Samma köpare tilldelade er ett reserverat kontrakt för mindre än tre år sedan.',
      en: 'The same buyer awarded you a reserved contract less than three years ago.',
    }),
  ],
  [
    /^This notice is divided into lots: name the lot$/,
    () => ({ sv: 'Upphandlingen har delområden: välj ett delområde.', en: 'The notice is divided into lots: choose a lot.' }),
  ],
  [/^The notice has no lot /, () => ({ sv: 'Upphandlingen har inget sådant delområde.', en: 'The notice has no such lot.' })],
  [
    /^Approval needs every checklist item answered with a motivation$/,
    () => ({ sv: 'Besvara varje punkt i checklistan med en motivering.', en: 'Answer every checklist item with a motivation.' }),
  ],
  [/^Must be met to approve$/, () => ({ sv: 'Punkten måste vara uppfylld för att ärendet ska kunna godkännas.', en: 'The item must be met to approve.' })],
  [
    /^Every party must consent to draft version/,
    () => ({ sv: 'Alla parter behöver godkänna det senaste utkastet först.', en: 'Every party must consent to the latest draft first.' }),
  ],
  [
    /^Consent is given to the current draft/,
    () => ({ sv: 'Godkänn det senaste utkastet. Ladda om sidan och försök igen.', en: 'Consent to the latest draft. Reload the page and try again.' }),
  ],
  [
    /^The agreement to sign is version/,
    () => ({
      sv: 'Överenskommelsen har ändrats. Ladda om sidan och skriv under den senaste versionen.',
      en: 'The agreement has changed. Reload the page and sign the latest version.',
    }),
  ],
  [/^The consultation round is still open$/, () => ({ sv: 'Remissen pågår fortfarande.', en: 'The consultation round is still open.' })],
  [
    /^Waiting for the review report of /,
    () => ({ sv: 'Alla idéburna parter har inte lämnat sin uppföljningsrapport än.', en: 'Not every civil party has sent its review report yet.' }),
  ],
  [/^Wait for the follow-up report first$/, () => ({ sv: 'Vänta tills uppföljningsrapporten har kommit.', en: 'Wait for the follow-up report first.' })],
  [
    /^At the final review the parties renew, close or terminate$/,
    () => ({
      sv: 'Vid slutuppföljningen förnyar, avslutar eller säger parterna upp överenskommelsen.',
      en: 'At the final review the parties renew, close or terminate.',
    }),
  ],
  [
    /is decided at the final review only$/,
    () => ({ sv: 'Det beslutet fattas bara vid slutuppföljningen.', en: 'That decision is made at the final review only.' }),
  ],
  [/is not a party to the case$/, () => ({ sv: 'Organisationen är inte part i ärendet.', en: 'The organisation is not a party to the case.' })],
  [/^Organisation .+ is already a party$/, () => ({ sv: 'Organisationen är redan part i ärendet.', en: 'The organisation is already a party.' })],
  [
    /^A case holds at most (\d+) (meetings|draft versions)\.$/,
    (m) => ({ sv: `Ett ärende rymmer högst ${m[1]} ${m[2] === 'meetings' ? 'möten' : 'utkastversioner'}.`, en: `A case holds at most ${m[1]} ${m[2]}.` }),
  ],
  [
    /exceeds de minimis/,
    () => ({
      sv: 'Det offentliga bidraget blir större än taket för stöd av mindre betydelse (de minimis).',
      en: 'The public contribution exceeds the de minimis ceiling.',
    }),
  ],
  [
    /exceeds the SGEI ceiling/,
    () => ({
      sv: 'Det offentliga bidraget blir större än taket för tjänster av allmänt ekonomiskt intresse (SGEI).',
      en: 'The public contribution exceeds the SGEI ceiling.',
    }),
  ],
  [
    /^This Idempotency-Key was already used/,
    () => ({
      sv: 'Något gick fel när formuläret skickades. Ladda om sidan och försök igen.',
      en: 'Something went wrong sending the form. Reload the page and try again.',
    }),
  ],
];

/** What a Swedish reader gets for a field error the app has no Swedish text for. */
const UnknownFieldError: Text = { sv: 'Uppgiften godtas inte. Kontrollera fältet och försök igen.', en: '' };

/** A field error in the reader's language: the API's own text, else ours for a known message, else a plain Swedish sentence. */
export function friendlyMessage(message: string, lang: Language, text?: Text): string {
  if (text?.[lang]) return text[lang];
  for (const [pattern, say] of Rules) {
    const match = message.match(pattern);
    if (match) return say(match)[lang];
  }
  return lang === 'sv' ? UnknownFieldError.sv : message;
}

/** A refusal of the whole request, by its status, for a Swedish reader the API sent no Swedish to. */
const RefusalOfStatus: Readonly<Record<number, string>> = {
  400: 'Några uppgifter behöver rättas. Se felen vid fälten.',
  403: 'Du får inte göra det här i ärendet.',
  404: 'Vi hittar inte det du söker. Det kan ha tagits bort, eller så är adressen fel.',
  409: 'Ärendet har ändrats sedan du öppnade det, eller så passar steget inte där ärendet är nu. Ladda om sidan och försök igen.',
  410: 'Tiden för det här steget har gått ut. Ärendet har gått vidare.',
  413: 'Texten är för lång för ärendet. Korta den eller dela upp den; inget har ändrats.',
  422: 'Det går emot en regel för ärendet. Ingenting har ändrats.',
};

/** The detail of a problem in the reader's language, or undefined when there is nothing more to say than its status. */
export function refusalText(problem: Pick<Problem, 'status' | 'detail' | 'text'>, lang: Language): string | undefined {
  if (problem.text?.[lang]) return problem.text[lang];
  if (!problem.detail) return undefined;
  for (const [pattern, say] of Rules) {
    const match = problem.detail.match(pattern);
    if (match) return say(match)[lang];
  }
  if (lang === 'en') return problem.detail;
  return RefusalOfStatus[problem.status] ?? 'Något gick fel. Ingenting har ändrats. Försök igen om en stund.';
}
