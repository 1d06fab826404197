import { ReactNode, useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { useI18n } from '../i18n/useI18n';

/** Sets the document's title (WCAG 2.4.2) to "<title> – Leitstand". */
export function usePageTitle(title: string): void {
  const { t } = useI18n();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title === appName ? appName : `${title} – ${appName}`;
  }, [title, appName]);
}

/**
 * The page's one h1. It names the document, and after a navigation inside the app it takes the
 * focus, so that screen readers announce the new page and keyboard users start at its top.
 */
export function PageTitle({ children, title }: { children: ReactNode; title?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  usePageTitle(title ?? (typeof children === 'string' ? children : ''));
  useEffect(() => {
    // 'default' is the page that the browser loaded; only later navigations move the focus.
    if (location.key !== 'default') ref.current?.focus();
  }, [location.key]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
