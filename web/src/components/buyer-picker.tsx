import type { OrganisationSummaryView } from '../../../shared/admin/contract.js';
import type { FormErrors } from '../api/problem.js';
import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { Loading } from './feedback.js';
import { OrganisationPicker } from './organisation-picker.js';

/** A buyer is a public body or one of its procurement units. */
const isBuyer = (o: OrganisationSummaryView) => o.kind === 'public-body' || o.unitType === 'procurement-unit';

/**
 * The buyer of a notice, picked by name among the public body and the
 * procurement units of the reader's own body (the API refuses any other), with
 * the reader's own organisation chosen at first. The id goes in `buyer.orgId`.
 */
export function BuyerPicker({ errors }: { readonly errors: FormErrors }) {
  const { t, api, session } = useApp();
  const org = session?.actor.org ?? '';
  const own = useResource(() => answer(api.GET('/organisations/{id}', { params: { path: { id: org } } })), `buyer-own-${org}`);
  if (own.loading && !own.data) return <Loading />;
  const body = own.data ? (own.data.kind === 'public-body' ? own.data.id : own.data.publicBodyId) : undefined;
  const initial = own.data && isBuyer(own.data) ? { id: own.data.id, name: own.data.name } : undefined;
  return (
    <OrganisationPicker
      name="buyer"
      label={t('newNotice.buyerPick')}
      hint={t('newNotice.buyerPickHint')}
      publicBody={body}
      accept={isBuyer}
      initial={initial}
      required
      errors={errors}
    />
  );
}
