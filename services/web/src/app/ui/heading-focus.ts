/**
 * After a navigation, focus moves to the new screen's heading (WCAG 2.4.3), so a keyboard or screen
 * reader user starts at the top of what changed instead of on the link they left. The layout asks
 * for it when the path changes; a screen that was still loading (no h1 yet) takes the request when
 * its `Page` mounts.
 */
let pending = false;

export function focusHeading(container: HTMLElement | null): void {
  const heading = container?.querySelector<HTMLElement>('h1');
  if (heading) heading.focus();
  pending = !heading;
}

/** Whether a navigation left its heading focus for the next `Page` to take. */
export function takeHeadingFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}
