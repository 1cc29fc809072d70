import type { BidderProfileView } from '../../../shared/procurement/contract.js';
import { SocialObjectives } from '../format/named-codes.js';
import { ApiError, answer, idempotent } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { ActionForm } from '../components/action-form.js';
import { LoadError, Loading } from '../components/feedback.js';
import { CheckboxField, CodeChoice, TextArea, TextField } from '../components/form-fields.js';
import { Counties } from '../format/places.js';
import { PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import { profileBody } from '../procurement/profile-form.js';
import { pathTo } from '../router/routes.js';

/** The organisation's bidder profile: what it can do, where and how much, which the matching reads. */
export function BidderProfilePage() {
  const { t, api, session, lang } = useApp();
  const org = session?.actor.org ?? '';
  const path = { params: { path: { orgId: org } } };
  // No profile yet is not an error: the form starts empty.
  const profile = useResource(async () => {
    try {
      return await answer<BidderProfileView>(api.GET('/bidders/{orgId}', path));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return null;
      throw error;
    }
  }, `bidder-profile/${org}`);
  const p = profile.data ?? undefined;
  return (
    <section aria-busy={profile.loading ? 'true' : 'false'}>
      <PageHeading text={t('profile.title')} />
      <p class="lead">{t('profile.intro')}</p>
      {profile.loading && profile.data === undefined && <Loading />}
      {profile.error && <LoadError error={profile.error} onRetry={profile.reload} />}
      {/* Rendered once the first answer is in; a reload after saving keeps the form (and its confirmation) as typed. */}
      {profile.data !== undefined && (
        <ActionForm
          scope="profile"
          title={p ? t('profile.edit') : t('profile.create')}
          submitLabel={t('profile.save')}
          doneText={t('profile.saved')}
          fields={[
            'name',
            'description',
            'cpv',
            'regions',
            'capacitySekPerYear',
            'staff',
            'disadvantagedShare',
            'ideburen',
            'consortiumWilling',
            'socialObjectives',
          ]}
          send={(v, key) => answer(api.PUT('/bidders/{orgId}', { params: { ...path.params, header: idempotent(key) }, body: profileBody(v) }))}
          onDone={profile.reload}
        >
          {(errors) => (
            <>
              <TextField name="name" label={t('profile.name')} defaultValue={p?.name} required errors={errors} />
              <TextArea
                name="description"
                rows={5}
                label={t('profile.description')}
                hint={t('profile.descriptionHint')}
                defaultValue={p?.description}
                required
                errors={errors}
              />
              <TextField name="cpv" label={t('profile.cpv')} hint={t('profile.cpvHint')} defaultValue={p?.cpv.join(', ')} required errors={errors} />
              <CodeChoice
                name="regions"
                label={t('profile.regions')}
                hint={t('profile.regionsHint')}
                options={Counties.map((c) => ({ code: c.code, label: c.label[lang] }))}
                chosen={p?.regions ?? []}
                errors={errors}
              />
              <TextField
                name="capacitySekPerYear"
                type="number"
                min={0}
                inputMode="numeric"
                label={t('profile.capacity')}
                hint={t('profile.capacityHint')}
                defaultValue={p?.capacitySekPerYear}
                required
                errors={errors}
              />
              <TextField name="staff" type="number" min={0} inputMode="numeric" label={t('profile.staff')} defaultValue={p?.staff} required errors={errors} />
              <TextField
                name="disadvantagedShare"
                type="number"
                min={0}
                max={100}
                step="any"
                inputMode="decimal"
                label={t('profile.disadvantaged')}
                hint={t('profile.disadvantagedHint')}
                defaultValue={p ? Math.round(p.disadvantagedShare * 1000) / 10 : undefined}
                required
                errors={errors}
              />
              <CheckboxField name="ideburen" label={t('profile.ideburen')} hint={t('profile.ideburenHint')} defaultChecked={p?.ideburen} errors={errors} />
              <CheckboxField name="consortiumWilling" label={t('profile.consortium')} defaultChecked={p?.consortiumWilling} errors={errors} />
              <CodeChoice
                name="socialObjectives"
                label={t('profile.socialObjectives')}
                hint={t('profile.socialObjectivesHint')}
                options={SocialObjectives.map((o) => ({ code: o.code, label: o.label[lang] }))}
                chosen={p?.socialObjectives ?? []}
                errors={errors}
              />
            </>
          )}
        </ActionForm>
      )}
      <p>
        <Link href={pathTo('bidderMatches')}>{t('profile.toMatches')}</Link>
      </p>
    </section>
  );
}
