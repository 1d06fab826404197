import { ReactNode, useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
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
  const navigationType = useNavigationType();
  usePageTitle(title ?? (typeof children === 'string' ? children : ''));
  useEffect(() => {
    // Links and redirects inside the app move the focus; a page that the browser loaded or
    // restored (reload, back, forward) keeps the browser's own focus handling.
    if (navigationType !== 'POP') ref.current?.focus();
  }, [location.key, navigationType]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
