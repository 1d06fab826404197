import { useI18n } from '../i18n/useI18n';
import { SystemStatus } from '../modules/system/components/SystemStatus';
import { LanguageSwitch } from './LanguageSwitch';

export function App() {
  const { t } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </p>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{t('app.name')}</h1>
        <SystemStatus />
      </main>
      <footer className="app-footer">
        <p>{t('footer.text')}</p>
      </footer>
    </>
  );
}
