import { Link } from 'react-router';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { PageTitle } from '../../../ui/PageTitle';
import { accessibilityContact, AccessibilityContact } from '../../../settings';

/** When this statement was made; change it with the statement. */
export const STATEMENT_DATE = '2026-12-01';

/** The arbitration body of the federation (§ 16 BGG), which BITV 2.0 § 7 asks the statement to name. */
export const ARBITRATION_BODY_URL = 'https://www.schlichtungsstelle-bgg.de';

/**
 * Erklärung zur Barrierefreiheit, as BITV 2.0 § 7 asks for: how far the web client conforms,
 * what is not yet accessible, when the statement was made, whom to tell about barriers, and the
 * arbitration body. The contact is this installation's setting (see settings.ts).
 */
export function AccessibilityStatementPage({
  contact = accessibilityContact(),
}: {
  contact?: AccessibilityContact | null;
}) {
  const { t } = useI18n();
  const format = useFormat();
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
      <p>
        {t('a11y.made.date', { date: format.date(STATEMENT_DATE) })} {t('a11y.made.text')}
      </p>

      <h2>{t('a11y.feedback.title')}</h2>
      <p>{t('a11y.feedback.text')}</p>
      {contact ? (
        <address className="contact">
          {contact.office && <strong>{contact.office}</strong>}
          {contact.address.map((line) => (
            <span key={line}>{line}</span>
          ))}
          {contact.email && (
            <span>
              {t('a11y.contact.email')} <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </span>
          )}
          {contact.phone && (
            <span>
              {t('a11y.contact.phone')} <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
            </span>
          )}
        </address>
      ) : (
        <p className="notice notice-warning">{t('a11y.contact.missing')}</p>
      )}

      <h2>{t('a11y.enforcement.title')}</h2>
      <p>{t('a11y.enforcement.text')}</p>
      <address className="contact">
        <strong>{t('a11y.enforcement.body')}</strong>
        <a href={ARBITRATION_BODY_URL}>{ARBITRATION_BODY_URL.replace('https://', '')}</a>
      </address>
      <p>{t('a11y.enforcement.state')}</p>

      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </article>
  );
}
