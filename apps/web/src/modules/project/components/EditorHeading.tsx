import { useEffect, useRef } from 'react';

/** An editor's heading; it takes the focus when the editor opens, so that one starts at its top. */
export function EditorHeading({ id, children }: { id: string; children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <h2 id={id} tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}
