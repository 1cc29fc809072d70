import { useState } from 'preact/hooks';
import { BodyRoles, CivilRoles, type UserAccountView } from '../../../../shared/admin/contract.js';
import type { Role } from '../../../../shared/iop/contract.js';
import { answer, idempotent } from '../../api/api-client.js';
import { useResource } from '../../api/use-resource.js';
import { useSubmit } from '../../api/use-submit.js';
import { useApp } from '../../app-context.js';
import { LoadError, Loading } from '../../components/feedback.js';
import { ErrorSummary, formValues, SelectField, SubmitButton, TextField } from '../../components/form-fields.js';
import { PageHeading } from '../../components/layout.js';
import { OrganisationPicker } from '../../components/organisation-picker.js';
import type { MessageKey } from '../../i18n/dictionary.js';
import * as adminTexts from '../../i18n/dictionary/admin.js';
import * as adminEditTexts from '../../i18n/dictionary/admin-edit.js';
import { registerMessages } from '../../i18n/messages.js';

// This page's texts travel in its chunk, not in the first load: here before the page first renders.
registerMessages(adminTexts, adminEditTexts);

const InviteFields = ['email', 'name', 'role', 'org', 'invitee.orgId', 'invitee.name'];

/** The body's people: invite by e-mail with a role and an organisation of the body, change a role, disable an account. */
export function AdminUsersPage() {
  const { t, api, session } = useApp();
  const users = useResource(async () => (await answer(api.GET('/admin/users'))).items, 'admin-users');
  const invite = useSubmit<UserAccountView>(InviteFields);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [formKey, setFormKey] = useState(0);
  const roleLabel = (role: string) => t(`role.${role}` as MessageKey);
  const body = session?.actor.org ?? '';
  // Civil-society accounts go to idéburna organisations the body works with; staff roles to the body's own organisations.
  const [civil, setCivil] = useState(false);

  async function onInvite(event: Event) {
    event.preventDefault();
    const v = formValues(event.currentTarget as HTMLFormElement);
    const sent = {
      email: String(v.email ?? '').trim(),
      name: String(v.name ?? '').trim(),
      role: String(v.role ?? '') as Role,
      org: String(v['invitee.orgId'] ?? ''),
    };
    const created = await invite.submit((key) => answer(api.POST('/admin/users', { params: { header: idempotent(key) }, body: sent })));
    if (created) {
      setDone(t('admin.invited', { name: created.name, role: roleLabel(created.role), org: created.orgName }));
      setFormKey((k) => k + 1);
      setCivil(false);
      users.reload();
    }
  }

  async function change(user: UserAccountView, changes: { role?: Role; enabled?: boolean }) {
    await answer(api.PUT('/admin/users/{sub}', { params: { path: { sub: user.sub } }, body: changes }));
    users.reload();
  }

  // The "org" error is the organisation's: show it at the picker.
  const orgErrors = invite.errors.fields.org;
  const errors = orgErrors?.length ? { ...invite.errors, fields: { ...invite.errors.fields, 'invitee.orgId': orgErrors } } : invite.errors;
  return (
    <section aria-busy={users.loading || invite.busy ? 'true' : 'false'}>
      <PageHeading text={t('admin.usersTitle')} />
      <p class="lead">{t('admin.usersIntro')}</p>
      <form key={formKey} noValidate onSubmit={onInvite} class="panel">
        <h2>{t('admin.inviteLegend')}</h2>
        <ErrorSummary errors={errors} />
        {done && (
          <p class="notice" role="status">
            {done}
          </p>
        )}
        <TextField name="email" type="email" label={t('admin.email')} hint={t('admin.emailHint')} required errors={errors} />
        <TextField name="name" label={t('admin.name')} required errors={errors} />
        <div onChange={(e) => setCivil((e.target as HTMLSelectElement).value === 'civil')}>
          <SelectField
            name="role"
            label={t('admin.role')}
            options={[...BodyRoles, ...CivilRoles].map((r) => ({ value: r, label: roleLabel(r) }))}
            required
            errors={errors}
          />
        </div>
        {civil ? (
          <OrganisationPicker
            key="civil"
            name="invitee"
            label={t('admin.org')}
            hint={t('orgEdit.civilOrgHint')}
            kind="ideburen"
            partnerOf={body}
            required
            errors={errors}
          />
        ) : (
          <OrganisationPicker key="staff" name="invitee" label={t('admin.org')} hint={t('admin.orgHint')} publicBody={body} required errors={errors} />
        )}
        <SubmitButton busy={invite.busy} label={t('admin.invite')} busyLabel={t('admin.inviting')} />
      </form>
      {users.loading && !users.data && <Loading />}
      {users.error && <LoadError error={users.error} onRetry={users.reload} />}
      {users.data && users.data.length === 0 && <p>{t('admin.usersEmpty')}</p>}
      {users.data && users.data.length > 0 && (
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('admin.colName')}</th>
              <th scope="col">{t('admin.colOrg')}</th>
              <th scope="col">{t('admin.colRole')}</th>
              <th scope="col">{t('admin.colStatus')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <tr key={u.sub}>
                <th scope="row">
                  {u.name}
                  <br />
                  <span class="hint">{u.email}</span>
                </th>
                <td>{u.orgName}</td>
                <td>
                  {u.sub === session?.actor.sub || u.role === 'civil' ? (
                    roleLabel(u.role)
                  ) : (
                    <select
                      aria-label={t('admin.changeRole', { name: u.name })}
                      value={u.role}
                      onChange={(e) => change(u, { role: (e.currentTarget as HTMLSelectElement).value as Role })}
                    >
                      {BodyRoles.map((r) => (
                        <option key={r} value={r}>
                          {roleLabel(r)}
                        </option>
                      ))}
                    </select>
                  )}
                </td>
                <td>
                  {u.enabled ? t('admin.active') : t('admin.disabled')}
                  {u.sub !== session?.actor.sub && (
                    <>
                      {' '}
                      <button type="button" class="link-button" onClick={() => change(u, { enabled: !u.enabled })}>
                        {u.enabled ? t('admin.disable', { name: u.name }) : t('admin.enable', { name: u.name })}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
