import { useMemo } from 'react';
import { useFormat } from '../i18n/format';
import { BarChart } from './bar-chart';
import { networkChartRows, type AmountCell, type NetworkCell, type NetworkIndicator, type NetworkTable, type NetworkView } from './network-rows';
import { AMOUNT_LABEL } from './report-labels';
import { chartData } from './report-rows';
import type { ReportText } from './report-text';
import { FiguresTable } from './figures-table';

/** A cell as text: a count, or what it is instead ("suppressed", never a zero; "not shared"). */
function CellText({ cell, text }: { cell: NetworkCell; text: ReportText }) {
  if (cell.kind === 'count') return <td className="number">{text.figure(cell.value)}</td>;
  if (cell.kind === 'suppressed') return <td className="number suppressed">{text.t('suppressed')}</td>;
  return <td className="number not-shared">{text.t('notShared')}</td>;
}

function AmountText({ cell, currency, text }: { cell: AmountCell; currency: string; text: ReportText }) {
  const { money } = useFormat();
  if (cell.kind === 'amount') return <td className="number">{money(cell.value, currency)}</td>;
  if (cell.kind === 'suppressed') return <td className="number suppressed">{text.t('suppressed')}</td>;
  return <td className="number not-shared">{text.t('notShared')}</td>;
}

/** "by sex", or "by sex and by age band" for a two-way table. */
function byPhrase(text: ReportText, dimensions: readonly string[]): string {
  const [first = '', second] = dimensions;
  return second === undefined ? text.by(first) : text.t('by.two', { first: text.by(first), second: text.by(second) });
}

function TableChart({ indicator, table, text }: { indicator: string; table: NetworkTable; text: ReportText }) {
  const { number } = useFormat();
  const dimension = table.dimensions[0] ?? '';
  const { bars, suppressed } = useMemo(() => {
    const data = chartData(networkChartRows(table));
    return { bars: data.bars.map((bar) => ({ label: text.category(dimension, bar.category), value: bar.value })), suppressed: data.suppressed.map((category) => text.category(dimension, category)) };
  }, [table, text, dimension]);
  if (bars.length === 0 && suppressed.length === 0) return null;
  return <BarChart caption={text.t('network.chartCaption', { indicator: text.indicator(indicator), by: text.by(dimension) })} bars={bars} suppressed={suppressed} formatNumber={number} />;
}

function IndicatorFigures({ entry, view, text }: { entry: NetworkIndicator; view: NetworkView; text: ReportText }) {
  const { t } = text;
  const name = text.indicator(entry.indicator);
  const headingId = `network-${entry.indicator}`;
  const columns = (
    <>
      {view.columns.map((column) => (
        <th key={column.centre} scope="col" className="number">
          {column.name}
        </th>
      ))}
      <th scope="col" className="number">
        {t('network.column')}
      </th>
    </>
  );
  return (
    <section className="indicator" aria-labelledby={headingId}>
      <h2 id={headingId}>{name}</h2>
      {entry.rule ? <p className="indicator-description">{entry.rule.roundTo === null ? t('network.rule', { k: entry.rule.k }) : t('network.ruleRounded', { k: entry.rule.k, roundTo: entry.rule.roundTo })}</p> : null}
      <FiguresTable caption={t('network.totalCaption', { indicator: name })}>
        <thead>
          <tr>
            <th scope="col">{t('network.figureColumn')}</th>
            {columns}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('network.total')}</th>
            {entry.total.cells.map((cell, index) => (
              <CellText key={view.columns[index]?.centre ?? index} cell={cell} text={text} />
            ))}
            <CellText cell={entry.total.network} text={text} />
          </tr>
        </tbody>
      </FiguresTable>
      {entry.tables.map((table) => {
        const caption = t('breakdown.caption', { indicator: name, by: byPhrase(text, table.dimensions) });
        return (
          <div className="breakdown" key={table.dimensions.join('|')}>
            <h3>{table.dimensions.map((dimension) => text.dimension(dimension)).join(' × ')}</h3>
            <div className="breakdown-body stacked">
              {table.dimensions.length === 1 ? <TableChart indicator={entry.indicator} table={table} text={text} /> : null}
              <FiguresTable caption={t('network.tableCaption', { caption })}>
                <thead>
                  <tr>
                    <th scope="col">{table.dimensions.map((dimension) => text.dimension(dimension)).join(' × ')}</th>
                    {columns}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row) => (
                    <tr key={row.key.join('|')}>
                      <th scope="row">{text.categories(table.dimensions, row.key)}</th>
                      {row.cells.map((cell, index) => (
                        <CellText key={view.columns[index]?.centre ?? index} cell={cell} text={text} />
                      ))}
                      <CellText cell={row.network} text={text} />
                    </tr>
                  ))}
                </tbody>
              </FiguresTable>
            </div>
          </div>
        );
      })}
    </section>
  );
}

/** The network's figures for a closed period: each indicator's tables with a column per centre and one for the network. */
export function NetworkFigures({ view, text }: { view: NetworkView; text: ReportText }) {
  const { t } = text;
  const format = useFormat();
  if (view.indicators.length === 0 && view.amounts.length === 0 && view.days === null) return <p>{t('network.nothingPublished')}</p>;
  const columns = (
    <>
      {view.columns.map((column) => (
        <th key={column.centre} scope="col" className="number">
          {column.name}
        </th>
      ))}
    </>
  );
  return (
    <>
      <p className="legend">{t('network.legend')}</p>
      {view.indicators.map((entry) => (
        <IndicatorFigures key={entry.indicator} entry={entry} view={view} text={text} />
      ))}
      {view.amounts.length > 0 || view.days ? (
        <section className="indicator" aria-labelledby="network-measures">
          <h2 id="network-measures">{t('network.measures')}</h2>
          {view.amounts.length > 0 ? (
            <FiguresTable caption={t('network.amountsCaption')}>
              <thead>
                <tr>
                  <th scope="col">{t('amounts.currency')}</th>
                  {columns}
                  <th scope="col" className="number">
                    {t('network.column')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {view.amounts.map((line) => (
                  <tr key={`${line.currency}-${line.field}`}>
                    <th scope="row">{`${line.currency} · ${t(AMOUNT_LABEL[line.field])}`}</th>
                    {line.cells.map((cell, index) => (
                      <AmountText key={view.columns[index]?.centre ?? index} cell={cell} currency={line.currency} text={text} />
                    ))}
                    <AmountText cell={line.network} currency={line.currency} text={text} />
                  </tr>
                ))}
              </tbody>
            </FiguresTable>
          ) : null}
          {view.days ? (
            <FiguresTable caption={t('network.daysCaption')}>
              <thead>
                <tr>
                  <th scope="col">{t('network.figureColumn')}</th>
                  {columns}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('network.median')}</th>
                  {view.days.map((cell, index) => (
                    <td key={view.columns[index]?.centre ?? index} className={cell.kind === 'days' ? 'number' : `number ${cell.kind}`}>
                      {cell.kind === 'days' ? (cell.value === null ? '—' : format.number(cell.value)) : cell.kind === 'suppressed' ? t('suppressed') : t('notShared')}
                    </td>
                  ))}
                </tr>
              </tbody>
            </FiguresTable>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
