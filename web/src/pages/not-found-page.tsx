import { useApp } from '../app-context.js';
import { PageHeading } from '../components/layout.js';
import { Link } from '../components/link.js';
import { pathTo } from '../router/routes.js';

export function NotFoundPage() {
  const { t } = useApp();
  return (
    <section>
      <PageHeading text={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <p>
        <Link href={pathTo('home')}>{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
