import { useState } from 'preact/hooks';
import { answer, idempotent } from '../api/api-client.js';
import { useResource } from '../api/use-resource.js';
import { useSubmit } from '../api/use-submit.js';
import { useApp } from '../app-context.js';
import { LoadError, Loading } from '../components/feedback.js';
import { ErrorSummary, formValues, SelectField, SubmitButton, TextArea, TextField } from '../components/form-fields.js';
import { PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { pathTo } from '../router/routes.js';

/** Which public body: the way in starts with whom one wants to work with. The list is the registry's public bodies. */
export function WayInIndexPage() {
  const { t, api } = useApp();
  const bodies = useResource(async () => (await answer(api.GET('/public/bodies'))).items, 'way-in-index');
  return (
    <section aria-busy={bodies.loading ? 'true' : 'false'}>
      <PageHeading text={t('nav.wayIn')} />
      <h2>{t('wayIn.pickBody')}</h2>
      {bodies.loading && !bodies.data && <Loading />}
      {bodies.error && <LoadError error={bodies.error} onRetry={bodies.reload} />}
      {bodies.data && (
        <ul>
          {bodies.data.map((b) => (
            <li key={b.id}>
              <Link href={pathTo('wayInBody', { id: b.id })}>{b.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const InterestFields = ['unitId', 'organisationName', 'organisationNumber', 'contactName', 'email', 'phone', 'idea'];
const Steps = ['wayIn.step1', 'wayIn.step2', 'wayIn.step3', 'wayIn.step4', 'wayIn.step5'] as const satisfies readonly MessageKey[];

/** A public body's way in: whom to contact, the steps from idea to IOP, and an open intresseanmälan. */
export function WayInPage({ id }: { readonly id: string }) {
  const { t, api } = useApp();
  const body = useResource(() => answer(api.GET('/public/bodies/{id}', { params: { path: { id } } })), `way-in-${id}`);
  const send = useSubmit<{ receiver: { name: string } }>(InterestFields);
  const [sentTo, setSentTo] = useState<string | undefined>(undefined);

  async function onSubmit(event: Event) {
    event.preventDefault();
    const v = formValues(event.currentTarget as HTMLFormElement);
    const text = (k: string) => String(v[k] ?? '').trim();
    const optional = (k: string) => (text(k) ? { [k]: text(k) } : {});
    const note = {
      ...optional('unitId'),
      organisationName: text('organisationName'),
      ...optional('organisationNumber'),
      contactName: text('contactName'),
      email: text('email'),
      ...optional('phone'),
      idea: text('idea'),
    };
    const receipt = await send.submit((key) =>
      answer(api.POST('/public/bodies/{id}/interest', { params: { path: { id }, header: idempotent(key) }, body: note })),
    );
    if (receipt) setSentTo(receipt.receiver.name);
  }

  if (body.loading && !body.data) return <Loading />;
  if (body.error) return body.error.status === 404 ? <p>{t('interest.notFound')}</p> : <LoadError error={body.error} onRetry={body.reload} />;
  const b = body.data!;
  const { errors } = send;
  return (
    <section aria-busy={send.busy ? 'true' : 'false'}>
      <PageHeading text={t('wayIn.title', { name: b.name })} />
      <p class="lead">{t('wayIn.intro', { name: b.name })}</p>
      <section class="panel" aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t('wayIn.contactHeading')}</h2>
        {b.contact ? (
          <address>
            <strong>{b.contact.name}</strong>, {b.contact.role}
            <br />
            <a href={`mailto:${b.contact.email}`}>{b.contact.email}</a>
            {b.contact.phone && (
              <>
                <br />
                {b.contact.phone}
              </>
            )}
          </address>
        ) : (
          <p>{t('wayIn.contactNone', { name: b.name })}</p>
        )}
      </section>
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('wayIn.stepsHeading')}</h2>
        <ol class="steps">
          {Steps.map((k) => (
            <li key={k}>{t(k, { name: b.name })}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="interest-heading">
        <h2 id="interest-heading">{t('interest.heading')}</h2>
        <p>{t('interest.intro', { name: b.name })}</p>
        {sentTo ? (
          <p class="notice" role="status">
            {t('interest.sent', { receiver: sentTo })}
          </p>
        ) : (
          <form noValidate onSubmit={onSubmit}>
            <ErrorSummary errors={errors} />
            <SelectField
              name="unitId"
              label={t('interest.unit')}
              options={[{ value: '', label: t('interest.unitNone') }, ...b.units.map((u) => ({ value: u.id, label: u.name }))]}
              errors={errors}
            />
            <TextField name="organisationName" label={t('interest.organisationName')} required errors={errors} />
            <TextField name="organisationNumber" label={t('interest.organisationNumber')} hint={t('interest.organisationNumberHint')} errors={errors} />
            <TextField name="contactName" label={t('interest.contactName')} required errors={errors} />
            <TextField name="email" type="email" label={t('interest.email')} required errors={errors} />
            <TextField name="phone" label={t('interest.phone')} errors={errors} />
            <TextArea name="idea" label={t('interest.idea')} hint={t('interest.ideaHint')} required errors={errors} />
            <SubmitButton busy={send.busy} label={t('interest.send')} busyLabel={t('interest.sending')} />
          </form>
        )}
      </section>
    </section>
  );
}
