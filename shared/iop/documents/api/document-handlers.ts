import type { Actor } from '../../../platform/auth/actor.js';
import type { CaseStore } from '../../../platform/dynamodb/index.js';
import { NotFoundError } from '../../../platform/errors/domain-errors.js';
import type { ContractHandlers } from '../../../platform/http/contract/implement.js';
import { ok } from '../../../platform/http/route.js';
import type { AgreementDocumentView, ReviewReportView } from '../../contract/agreement-document-view.js';
import type { IopDocumentsContract } from '../../contract/document-operations.js';
import { type IopCase, partyOf } from '../../domain/case-model.js';
import { canRead, withinPublicBody } from '../../domain/permissions.js';
import { type AgreementDocument, agreementDocument, signatureLine, versionStateText } from '../agreement-document.js';
import { agreementVersions } from '../agreement-versions.js';
import type { DocumentLanguage } from '../document-language.js';
import { agreementPdf, agreementPdfFileName } from '../pdf/agreement-pdf.js';
import { reviewReport } from '../review-report.js';

export interface IopDocumentsDependencies {
  readonly store: Pick<CaseStore<IopCase>, 'get' | 'timelinePage'>;
}

/** The most timeline pages read to find who signed (200 entries a page). */
const TimelinePages = 25;

/**
 * The routes of the case's documents. The parties still in the case and the
 * public body's staff (decision-maker, administrators) read them; anyone else,
 * a consultation responder or an organisation that left included, gets the
 * same 404 as for a case that does not exist.
 */
export function iopDocumentHandlers({ store }: IopDocumentsDependencies): ContractHandlers<typeof IopDocumentsContract> {
  async function readable(id: string, actor: Actor): Promise<IopCase> {
    const found = await store.get(id);
    const state = found?.state;
    const staff = (actor.role === 'approver' || actor.role === 'admin') && state !== undefined && withinPublicBody(state, actor);
    if (!state || !canRead(state, actor) || !(staff || partyOf(state, actor.org) !== undefined))
      throw new NotFoundError(`No IOP case ${id}.`, {}, { sv: 'Vi hittar inget sådant IOP-ärende.', en: 'There is no such IOP case.' });
    return state;
  }

  /** Who signed for each organisation, per version: the signing's timeline entry names the person. */
  async function signers(state: IopCase): Promise<Map<number, Record<string, string>>> {
    const out = new Map<number, Record<string, string>>();
    let after: number | undefined;
    for (let page = 0; page < TimelinePages; page++) {
      const found = await store.timelinePage(state.id, { ...(after !== undefined && { after }), limit: 200 });
      for (const e of found.items) {
        if (e.type !== 'agreement-signed') continue;
        const version = Number(e.data?.agreementVersion);
        const orgId = String(e.data?.orgId ?? e.actor.org);
        out.set(version, { ...out.get(version), [orgId]: e.actor.name });
      }
      if (found.next === undefined) break;
      after = found.next;
    }
    return out;
  }

  async function documentOf(
    id: string,
    actor: Actor,
    query: { version?: number; lang?: DocumentLanguage },
  ): Promise<AgreementDocument & { versions: AgreementDocumentView['versions'] }> {
    const state = await readable(id, actor);
    const versions = agreementVersions(state);
    const chosen = query.version === undefined ? versions.at(-1) : versions.find((v) => v.agreement.version === query.version);
    if (!chosen) {
      throw new NotFoundError(
        query.version === undefined ? `Case ${state.reference} has no agreement yet.` : `Case ${state.reference} has no agreement version ${query.version}.`,
        {},
        query.version === undefined
          ? { sv: `Ärende ${state.reference} har ingen överenskommelse än.`, en: `Case ${state.reference} has no agreement yet.` }
          : {
              sv: `Ärende ${state.reference} har ingen version ${query.version} av överenskommelsen.`,
              en: `Case ${state.reference} has no agreement version ${query.version}.`,
            },
      );
    }
    const lang = query.lang ?? 'sv';
    const names = await signers(state);
    const doc = agreementDocument(
      {
        caseId: state.id,
        reference: state.reference,
        agreement: chosen.agreement,
        state: chosen.state,
        signerNames: names.get(chosen.agreement.version) ?? {},
        ...(chosen.previous && { previous: chosen.previous }),
      },
      lang,
    );
    return { ...doc, versions: versions.map((v) => ({ version: v.agreement.version, state: v.state, stateText: versionStateText(v.state, lang) })) };
  }

  return {
    agreement: async ({ actor, params, query }) => {
      const doc = await documentOf(params.id ?? '', actor, query);
      // The document's lists are read-only; the view is the same data.
      const view = {
        ...doc,
        signatures: doc.signatures.map((s) => ({ ...s, line: signatureLine(s, doc.lang) })),
        pdfPath: `/iop/cases/${doc.caseId}/agreement.pdf?version=${doc.version}&lang=${doc.lang}`,
      } as AgreementDocumentView;
      return ok(view);
    },

    agreementPdf: async ({ actor, params, query }) => {
      const doc = await documentOf(params.id ?? '', actor, query);
      const bytes = await agreementPdf(doc);
      return {
        status: 200,
        // The bytes are the body: the HTTP chain sends them base64-encoded with this media type.
        body: bytes as unknown as string,
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': `attachment; filename="${agreementPdfFileName(doc)}"`,
        },
      };
    },

    review: async ({ actor, params }) => {
      const state = await readable(params.id ?? '', actor);
      const number = Number(params.number);
      const review = state.reviews.find((r) => r.number === number);
      if (!review) {
        const text = { sv: `Ärende ${state.reference} har ingen uppföljning ${params.number}.`, en: `Case ${state.reference} has no review ${params.number}.` };
        throw new NotFoundError(text.en, {}, text);
      }
      return ok(reviewReport(state, review) as ReviewReportView);
    },
  };
}
