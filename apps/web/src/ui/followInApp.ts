import type { MouseEvent } from 'react';

/**
 * For views of a thousand links (the roadmap): the links are plain anchors, and one handler on
 * their container follows them inside the app, since a thousand router links cost seconds to draw
 * (BENCHMARKS.md, "Roadmap"). A click with a modifier key (new tab, new window) is left to the browser.
 */
export function followInApp(event: MouseEvent, navigate: (path: string) => void): void {
  const anchor = (event.target as Element).closest('a');
  if (!anchor || event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(anchor.getAttribute('href') ?? '/');
}
