import { answer } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useApp } from '../app-context.js';
import { actingForOf, setActingFor } from '../auth/acting-for.js';
import { pathTo } from '../router/routes.js';

/**
 * For a user of an umbrella organisation: whom they act for now, their own
 * organisation or a member that has authorised it. Shown only when there is a
 * member to choose; the choice goes with every request (Acting-For).
 */
export function ActingForSwitch() {
  const { t, api, session } = useApp();
  // The umbrella's own entry lists its members (the registry reads the same whoever one acts for).
  const org = session?.actor.org ?? '';
  const own = useResource(() => answer(api.GET('/organisations/{id}', { params: { path: { id: org } } })), `acting-for-${org}`);
  const members = (own.data?.members ?? []).filter((m) => m.actingAuthorisedOn !== undefined);
  if (!session || members.length === 0 || !own.data) return null;
  const current = actingForOf(session) ?? '';
  return (
    <div class="acting-for field">
      <label for="acting-for">{t('actingFor.label')}</label>
      <p class="hint" id="acting-for-hint">
        {t('actingFor.hint', { umbrella: own.data.name })}
      </p>
      <select
        id="acting-for"
        aria-describedby="acting-for-hint"
        value={current}
        onChange={(e) => {
          setActingFor(session, (e.currentTarget as HTMLSelectElement).value || undefined);
          // Everything on screen was read for the other organisation: start again from the case list.
          location.assign(pathTo('cases'));
        }}
      >
        <option value="">{t('actingFor.own', { name: own.data.name })}</option>
        {members.map((m) => (
          <option key={m.id} value={m.id}>
            {t('actingFor.member', { name: m.name })}
          </option>
        ))}
      </select>
    </div>
  );
}
