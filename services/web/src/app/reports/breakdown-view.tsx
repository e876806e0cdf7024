import { useMemo } from 'react';
import { useFormat } from '../i18n/format';
import { BarChart } from './bar-chart';
import { chartData, type CategoryRow } from './report-rows';
import type { ReportText } from './report-text';
import { FiguresTable } from './figures-table';

interface BreakdownViewProps {
  text: ReportText;
  /** The breakdown's name: the chart's and the table's ("Cases closed by outcome"). */
  caption: string;
  /** The heading over it, one level below its indicator's. */
  heading: string;
  dimension: string;
  rows: readonly CategoryRow[];
  /** What the numbers column counts ("Count"). */
  valueHeading: string;
  note?: string | undefined;
}

/** One breakdown of an indicator: a chart and, beside it, the table holding the same figures. */
export function BreakdownView({ text, caption, heading, dimension, rows, valueHeading, note }: BreakdownViewProps) {
  const { number } = useFormat();
  const labelled = useMemo(() => rows.map((row) => ({ ...row, label: text.category(dimension, row.category, row.name) })), [rows, text, dimension]);
  const { bars, suppressed } = useMemo(() => {
    const data = chartData(labelled);
    const labels = new Map(labelled.map((row) => [row.category, row.label]));
    return { bars: data.bars.map((bar) => ({ label: labels.get(bar.category) ?? bar.category, value: bar.value })), suppressed: data.suppressed.map((category) => labels.get(category) ?? category) };
  }, [labelled]);
  return (
    <div className="breakdown">
      <h3>{heading}</h3>
      {note ? <p className="breakdown-note">{note}</p> : null}
      <div className="breakdown-body">
        <BarChart caption={caption} bars={bars} suppressed={suppressed} formatNumber={number} />
        <FiguresTable caption={caption}>
          <thead>
            <tr>
              <th scope="col">{text.dimension(dimension)}</th>
              <th scope="col" className="number">
                {valueHeading}
              </th>
            </tr>
          </thead>
          <tbody>
            {labelled.map((row) => (
              <tr key={row.category}>
                <th scope="row">{row.label}</th>
                <td className={row.value === null ? 'number suppressed' : 'number'}>{text.figure(row.value)}</td>
              </tr>
            ))}
          </tbody>
        </FiguresTable>
      </div>
    </div>
  );
}
