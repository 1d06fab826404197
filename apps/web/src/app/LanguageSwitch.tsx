import { LOCALES } from '@leitstand/shared-domain';
import { useI18n } from '../i18n/useI18n';
import { useSession } from '../modules/access/hooks/useSession';
import { useSetMyLanguage } from '../modules/reminder/hooks/useSetMyLanguage';

/** Buttons that say which language is on (aria-pressed), in the language they switch to; a signed-in person's choice is kept for their mails. */
export function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  const { person } = useSession();
  const setMyLanguage = useSetMyLanguage();
  return (
    <nav aria-label={t('language.label')} className="language-switch">
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === locale}
          onClick={() => {
            setLocale(option);
            // The mails that Leitstand writes to the person (reminders) follow their choice.
            if (person) void setMyLanguage(option).catch(() => undefined);
          }}
        >
          {t(`language.${option}`)}
        </button>
      ))}
    </nav>
  );
}
