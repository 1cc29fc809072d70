import { array, boolean, enum as zEnum, int, number, optional, strictObject, string, type infer as Infer } from 'zod/mini';
import { withMeta } from '../../platform/http/contract/schema-meta.js';
import { InstantField } from '../../platform/http/contract/view-fields.js';
import { LocalizedTextView } from '../../platform/timeline/timeline-views.js';
import { ChangeFields } from '../documents/agreement-changes.js';
import { SectionIds } from '../documents/agreement-document.js';
import { DocumentLanguages } from '../documents/document-language.js';
import { Principles } from '../domain/principles.js';

/**
 * The agreement as a document people read before they sign and keep after:
 * written text in one language (sv or en), the sections in the agreement's
 * order, the plain-language summary first, the signatures with the version
 * each was given for, and for an amendment what changed.
 */
const Text = string();
const VersionState = zEnum(['awaiting-signatures', 'in-force', 'superseded', 'ended']);

export const AgreementDocumentView = withMeta(
  strictObject({
    lang: zEnum(DocumentLanguages),
    caseId: Text,
    reference: Text,
    title: Text,
    heading: Text,
    version: int(),
    versionText: Text,
    state: VersionState,
    stateText: Text,
    basedOnDraftVersion: int(),
    diarienummer: Text,
    summaryHeading: Text,
    summary: array(Text),
    sections: array(
      strictObject({
        id: zEnum(SectionIds),
        heading: Text,
        paragraphs: array(Text),
        list: optional(array(Text)),
        table: optional(strictObject({ columns: array(Text), rows: array(array(Text)) })),
      }),
    ),
    signaturesHeading: Text,
    signatures: array(
      strictObject({
        organisation: Text,
        signed: boolean(),
        signer: optional(Text),
        at: optional(InstantField),
        atText: optional(Text),
        version: int(),
        line: Text,
      }),
    ),
    changes: optional(
      strictObject({
        heading: Text,
        since: int(),
        beforeText: Text,
        afterText: Text,
        items: array(strictObject({ field: zEnum(ChangeFields), label: Text, before: Text, after: Text })),
      }),
    ),
    /** Every version of the case's agreement, oldest first, to read an earlier one. */
    versions: array(strictObject({ version: int(), state: VersionState, stateText: Text })),
    /** Where the same document is as a PDF. */
    pdfPath: Text,
  }),
  { id: 'AgreementDocument' },
);
export type AgreementDocumentView = Infer<typeof AgreementDocumentView>;

const Outcome = zEnum(['continue', 'revise', 'terminate', 'renew', 'close']);
/** A party's position: an outcome, or that it takes none. */
const Stance = zEnum(['continue', 'revise', 'terminate', 'renew', 'close', 'abstain']);

/**
 * A review as the parties read it after the reports went in: each
 * organisation's report, each party's position, the joint reflection on the
 * six principles and the decision, organisations by name.
 */
export const ReviewReportView = withMeta(
  strictObject({
    caseId: Text,
    reference: Text,
    title: Text,
    number: int(),
    final: boolean(),
    name: LocalizedTextView,
    openedAt: InstantField,
    dueAt: optional(InstantField),
    closedAt: optional(InstantField),
    reports: array(
      strictObject({
        organisation: Text,
        at: InstantField,
        activities: Text,
        reach: number(),
        outcomes: Text,
        moneyUsedSek: number(),
        inKindUsedSek: number(),
      }),
    ),
    /** Organisations whose report is still to come. */
    awaiting: array(Text),
    positions: array(strictObject({ organisation: Text, position: Stance, positionText: LocalizedTextView, statement: Text, at: InstantField })),
    reflection: optional(
      strictObject({
        organisation: Text,
        at: InstantField,
        principles: array(strictObject({ principle: zEnum(Principles), name: LocalizedTextView, text: Text })),
      }),
    ),
    decision: optional(strictObject({ decision: Outcome, decisionText: LocalizedTextView, motivation: Text, at: InstantField })),
  }),
  { id: 'ReviewReport' },
);
export type ReviewReportView = Infer<typeof ReviewReportView>;

/** The agreement as a PDF: its bytes, which OpenAPI describes as a string of that media type. */
export const AgreementPdfView = string();
