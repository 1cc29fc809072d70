import type { Organisation } from '../../shared/platform/organisations/organisation.js';
import { StoredOrganisations } from '../../shared/platform/organisations/organisation-directory.js';
import { IopOrganisations } from './iop-seed.js';

/**
 * The organisation registry a local runtime starts with: two regions (the
 * tenants), their units, and the idéburna organisations of the demo. Reference
 * data, so it is written even when the demo cases are not.
 */
export const DemoOrganisations: readonly Organisation[] = [
  { id: IopOrganisations.vgr.orgId, name: IopOrganisations.vgr.name, kind: 'public-body' },
  { id: IopOrganisations.regionStockholm.orgId, name: IopOrganisations.regionStockholm.name, kind: 'public-body' },
  ...[IopOrganisations.angeredsNarsjukhus, IopOrganisations.narhalsanAlingsas, IopOrganisations.narhalsanLerum].map(
    (u): Organisation => ({ id: u.orgId, name: u.name, kind: 'unit', publicBodyId: IopOrganisations.vgr.orgId }),
  ),
  { id: 'sodersjukhuset', name: 'Södersjukhuset', kind: 'unit', publicBodyId: IopOrganisations.regionStockholm.orgId },
  ...[IopOrganisations.rodaKorset, IopOrganisations.stockholmsStadsmission, IopOrganisations.goteborgsStadsmission, IopOrganisations.rsmh].map(
    (o): Organisation => ({ id: o.orgId, name: o.name, kind: 'ideburen' }),
  ),
];

export async function seedOrganisations(): Promise<void> {
  const registry = new StoredOrganisations();
  for (const org of DemoOrganisations) await registry.put(org);
}
