import { useI18n } from './useI18n';

/**
 * What people enter into Leitstand (project titles, summaries, reports, milestones, key figures,
 * risks, names of fields and departments) is German, whatever the language of the interface.
 */
export const CONTENT_LOCALE = 'de';

/**
 * The `lang` attribute for entered content (WCAG 3.1.2): 'de' while the interface speaks another
 * language, so that screen readers pronounce it as German; nothing where the page is German anyway.
 */
export function useContentLang(): string | undefined {
  const { locale } = useI18n();
  return locale === CONTENT_LOCALE ? undefined : CONTENT_LOCALE;
}
