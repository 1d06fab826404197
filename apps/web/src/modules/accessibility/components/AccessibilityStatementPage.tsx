import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { PageTitle } from '../../../ui/PageTitle';

/**
 * Erklärung zur Barrierefreiheit, as BITV 2.0 § 7 asks for: how far the web client conforms,
 * what is not yet accessible, how to report barriers, and the enforcement procedure.
 */
export function AccessibilityStatementPage() {
  const { t } = useI18n();
  return (
    <article className="prose">
      <PageTitle>{t('a11y.title')}</PageTitle>
      <p>{t('a11y.intro')}</p>

      <h2>{t('a11y.status.title')}</h2>
      <p>{t('a11y.status.text')}</p>

      <h2>{t('a11y.measures.title')}</h2>
      <ul>
        <li>{t('a11y.measures.keyboard')}</li>
        <li>{t('a11y.measures.structure')}</li>
        <li>{t('a11y.measures.charts')}</li>
        <li>{t('a11y.measures.colour')}</li>
        <li>{t('a11y.measures.forms')}</li>
        <li>{t('a11y.measures.language')}</li>
        <li>{t('a11y.measures.testing')}</li>
      </ul>

      <h2>{t('a11y.limits.title')}</h2>
      <ul>
        <li>{t('a11y.limits.timeline')}</li>
        <li>{t('a11y.limits.csv')}</li>
        <li>{t('a11y.limits.apiMessages')}</li>
      </ul>

      <h2>{t('a11y.made.title')}</h2>
      <p>{t('a11y.made.text')}</p>

      <h2>{t('a11y.feedback.title')}</h2>
      <p>{t('a11y.feedback.text')}</p>

      <h2>{t('a11y.enforcement.title')}</h2>
      <p>{t('a11y.enforcement.text')}</p>

      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </article>
  );
}
