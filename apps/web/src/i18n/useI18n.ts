import { useContext } from 'react';
import { I18n, I18nContext } from './I18nProvider';

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it');
  return i18n;
}
