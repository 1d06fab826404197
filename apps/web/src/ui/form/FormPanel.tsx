import { ReactNode, useEffect, useId, useRef } from 'react';

/**
 * A form that opens in its section of the page (add, edit, complete …): its heading takes the
 * focus, so that it is announced; when it closes, the focus goes back to the button that opened
 * it, or, where that is gone, to `fallbackFocusId` (the section's heading).
 */
export function FormPanel({
  title,
  fallbackFocusId,
  children,
}: {
  title: string;
  fallbackFocusId: string;
  children: ReactNode;
}) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    heading.current?.focus();
    return () => {
      // After the page has rendered what the write changed, the opener may be gone (a removed row).
      // Only a focus that was lost with the panel is given back, never one that moved on.
      requestAnimationFrame(() => {
        if (document.activeElement && document.activeElement !== document.body) return;
        const target =
          opener?.isConnected && opener !== document.body ? opener : document.getElementById(fallbackFocusId);
        target?.focus();
      });
    };
  }, [fallbackFocusId]);
  return (
    <section className="form-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} tabIndex={-1} ref={heading}>
        {title}
      </h3>
      {children}
    </section>
  );
}
