import { LOCALES } from '@leitstand/shared-domain';
import { useI18n } from '../i18n/useI18n';

/** Buttons that say which language is on (aria-pressed), in the language they switch to. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  return (
    <nav aria-label={t('language.label')} className="language-switch">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          onClick={() => setLocale(option)}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </nav>
  );
}
