import { useId, type ReactNode } from 'react';

/**
 * A table of figures named by its caption, in a region that scrolls sideways on a phone and takes
 * keyboard focus, so it can be scrolled without a mouse (WCAG 2.1.1). `children`: its thead and tbody.
 */
export function FiguresTable({ caption, children }: { caption: string; children: ReactNode }) {
  const captionId = useId();
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a named, scrollable region
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="figures">
        <caption id={captionId}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
