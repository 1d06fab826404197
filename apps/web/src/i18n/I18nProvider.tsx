import { createContext, ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { formatNumber, Locale, LOCALES } from '@leitstand/shared-domain';
import { de, en, MessageKey, Messages, PluralKey } from './messages';

const catalogues: Record<Locale, Messages> = { de, en };
const STORAGE_KEY = 'leitstand.locale';

export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** The text for a key, with `{name}` placeholders filled from params. */
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /**
   * The text for a count, in the language's plural form ("1 Projekt", "2 Projekte"): the key's
   * `.one` or `.other` variant by Intl.PluralRules. `{count}` is the count formatted as a number.
   */
  n(key: PluralKey, count: number, params?: Record<string, string | number>): string;
  /** Whether there is a text for a key made at run time (e.g. from an API value). */
  has(key: string): key is MessageKey;
}

export const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return LOCALES.find((locale) => locale === stored) ?? 'de';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18n>(() => {
    const t: I18n['t'] = (key, params) =>
      catalogues[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        params && name in params ? String(params[name]) : whole,
      );
    const rules = new Intl.PluralRules(locale);
    return {
      locale,
      setLocale,
      t,
      n: (key, count, params) => {
        const form = `${key}.${rules.select(count)}`;
        const chosen = Object.hasOwn(catalogues[locale], form) ? (form as MessageKey) : (`${key}.other` as MessageKey);
        return t(chosen, { count: formatNumber(count, locale, 0), ...params });
      },
      has: (key): key is MessageKey => Object.hasOwn(catalogues[locale], key),
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
