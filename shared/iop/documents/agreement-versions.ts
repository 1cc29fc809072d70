import type { IopAgreement, IopCase } from '../domain/case-model.js';
import type { AgreementVersionState } from './agreement-document.js';

/** One version of a case's agreement, where it stands, and the version it amended. */
export interface AgreementVersion {
  readonly agreement: IopAgreement;
  readonly state: AgreementVersionState;
  readonly previous?: IopAgreement;
}

const fullySigned = (a: IopAgreement) => a.parties.every((p) => a.signatures[p.orgId] !== undefined);

/**
 * Every version of the case's agreement, oldest first: the signed versions an
 * amendment replaced, the one in force, and the latest (perhaps still being
 * signed). Read from the case; one entry per version number.
 */
export function agreementVersions(state: Pick<IopCase, 'agreement' | 'agreementInForce' | 'agreementHistory'>): readonly AgreementVersion[] {
  const byVersion = new Map<number, IopAgreement>();
  for (const a of [...(state.agreementHistory ?? []), state.agreementInForce, state.agreement]) if (a) byVersion.set(a.version, a);
  const ordered = [...byVersion.values()].sort((x, y) => x.version - y.version);
  const latestSigned = ordered.filter(fullySigned).at(-1)?.version;
  return ordered.map((agreement, i) => {
    // A version is in force, still being signed, replaced by a later signed one, or over with the case's agreement.
    const where: AgreementVersionState =
      agreement.version === state.agreementInForce?.version
        ? 'in-force'
        : !fullySigned(agreement)
          ? 'awaiting-signatures'
          : latestSigned !== undefined && agreement.version < latestSigned
            ? 'superseded'
            : 'ended';
    const previous = i > 0 ? ordered[i - 1] : undefined;
    return { agreement, state: where, ...(previous && { previous }) };
  });
}
