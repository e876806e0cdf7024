/**
 * A screen: its heading (the page's one h1), optional actions beside it, and the document title, so
 * a screen reader announces where it is. After a navigation the h1 takes the focus (see heading-focus).
 * Sections inside start at h2: `<section aria-labelledby="x"><h2 id="x">…</h2>…</section>`.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { takeHeadingFocus } from './heading-focus';

export function Page({ title, actions, children }: { title: string; actions?: ReactNode; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Corredor`;
  }, [title]);
  useEffect(() => {
    if (takeHeadingFocus()) heading.current?.focus();
  }, []);
  return (
    <section className="page" aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </header>
      {children}
    </section>
  );
}
