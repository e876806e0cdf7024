import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { CHART_BAND, CHART_MARGIN, chartHeight, integerTicks } from './report-rows';

export interface Bar {
  label: string;
  value: number;
}

interface BarChartProps {
  /** The chart's name: its visible caption, and the start of what a screen reader hears. */
  caption: string;
  bars: readonly Bar[];
  /** Labels of the categories withheld (suppressed): no bar, a note says so. */
  suppressed: readonly string[];
  formatNumber: (value: number) => string;
}

/** The width the chart has, followed as the window (or the phone) turns. */
function useWidth(element: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    // A ResizeObserver reports the size it first sees too.
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) setWidth(Math.floor(box.width));
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/**
 * A horizontal bar chart drawn by Observable Plot, loaded only when a chart is first shown (it stays
 * out of the first screen's code). The drawing is one image for assistive technology, named by the
 * caption and read out as its figures; the table beside it holds the same figures and is the source
 * of truth. Withheld figures draw no bar and are named in a note, so a gap never reads as a zero.
 */
export function BarChart({ caption, bars, suppressed, formatNumber }: BarChartProps) {
  const { t } = useTranslation('reports');
  const { list } = useFormat();
  const captionId = useId();
  const canvas = useRef<HTMLDivElement>(null);
  const width = useWidth(canvas);
  const [failed, setFailed] = useState(false);
  // Busy until Plot (loaded on first use) has drawn: a test, or a screen reader, can tell it is coming.
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    const target = canvas.current;
    if (!target || width === 0) return;
    let current = true;
    import('@observablehq/plot').then(
      (Plot) => {
        if (!current) return;
        const labels = bars.map((bar) => bar.label);
        const max = Math.max(0, ...bars.map((bar) => bar.value));
        const ticks = integerTicks(max, Math.max(2, Math.floor(width / 90)));
        const svg = Plot.plot({
          width,
          height: chartHeight(bars.length),
          marginTop: CHART_MARGIN.top,
          marginRight: CHART_MARGIN.right,
          marginBottom: CHART_MARGIN.bottom,
          marginLeft: CHART_MARGIN.left,
          style: { fontSize: '13px', color: 'var(--ink)', background: 'transparent' },
          x: { domain: [0, ticks[ticks.length - 1] ?? 1], ticks, tickFormat: formatNumber, grid: true, label: null },
          y: { domain: labels, axis: null, paddingInner: 0, paddingOuter: 0 },
          marks: [
            Plot.barX(bars, { x: 'value', y: 'label', fill: 'var(--accent)', insetTop: CHART_BAND / 2, insetBottom: 4 }),
            Plot.text(bars, { x: 0, y: 'label', text: 'label', textAnchor: 'start', dy: -CHART_BAND / 4, fill: 'var(--ink)', lineWidth: Math.max(8, (width - 24) / 13), textOverflow: 'ellipsis' }),
            Plot.text(bars, { x: 'value', y: 'label', text: (bar: Bar) => formatNumber(bar.value), textAnchor: 'start', dx: 6, dy: CHART_BAND / 4 - 1, fill: 'var(--ink)', fontWeight: 600 }),
            Plot.ruleX([0], { stroke: 'var(--ink)' }),
          ],
        });
        // Plot adds a <style> element, which the app's Content-Security-Policy would refuse: its few rules are in reports.css.
        svg.querySelector('style')?.remove();
        svg.setAttribute('aria-hidden', 'true');
        svg.setAttribute('focusable', 'false');
        target.replaceChildren(svg);
        setFailed(false);
        setDrawn(true);
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [bars, width, formatNumber]);

  const spoken = bars.map((bar) => t('chart.value', { category: bar.label, value: formatNumber(bar.value) }));
  const summary = t('chart.summary', { caption, values: [...spoken, ...suppressed.map((label) => t('chart.value', { category: label, value: t('suppressed') }))].join('; ') });
  return (
    <figure className="chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-caption">
        {caption}
      </figcaption>
      {/* Always in the page, so its width is known when bars come; an image only when it has some. */}
      {bars.length > 0 ? <div ref={canvas} className="chart-canvas" role="img" aria-label={summary} aria-busy={!drawn && !failed} /> : <div ref={canvas} className="chart-canvas" hidden />}
      {failed ? <p className="chart-note">{t('chart.unavailable')}</p> : null}
      {suppressed.length > 0 ? <p className="chart-note">{t('chart.suppressedNote', { categories: list(suppressed), count: suppressed.length })}</p> : null}
    </figure>
  );
}
