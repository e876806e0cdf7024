import { useFormat } from '../i18n/format';
import { BreakdownView } from './breakdown-view';
import { AMOUNT_LABEL, CLAIM_AMOUNT_FIELDS } from './report-labels';
import type { IndicatorSection as Section } from './report-rows';
import type { ReportText } from './report-text';
import { FiguresTable } from './figures-table';

/** One indicator of the centre's report: its total, each breakdown as a chart and a table, and its measures. */
export function IndicatorSection({ section, text }: { section: Section; text: ReportText }) {
  const { t } = text;
  const format = useFormat();
  const headingId = `indicator-${section.id}`;
  return (
    <section className="indicator" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.indicator(section.id)}</h2>
      <p className="indicator-description">{text.description(section.id)}</p>
      <p className="indicator-total">{t('total', { total: text.counted(section.unit, section.total) })}</p>
      {section.total === 0 ? (
        <p>{t('nothing')}</p>
      ) : (
        section.breakdowns.map((breakdown) => (
          <BreakdownView
            key={breakdown.dimension}
            text={text}
            caption={text.caption(section.id, breakdown.dimension)}
            heading={text.dimension(breakdown.dimension)}
            dimension={breakdown.dimension}
            rows={breakdown.rows}
            valueHeading={t('breakdown.count')}
            note={breakdown.multiValued ? t('breakdown.multiValued') : undefined}
          />
        ))
      )}
      {section.daysToFirstService ? (
        <div className="measure">
          <h3>{t('days.heading')}</h3>
          <p>
            {section.daysToFirstService.median === null
              ? t('days.none')
              : t('days.median', {
                  median: format.number(section.daysToFirstService.median),
                  count: section.daysToFirstService.cases,
                  n: format.number(section.daysToFirstService.cases),
                })}
          </p>
        </div>
      ) : null}
      {section.amounts && section.amounts.length > 0 ? (
        <div className="measure">
          <h3>{t('amounts.heading')}</h3>
          <FiguresTable caption={t('amounts.caption')}>
            <thead>
              <tr>
                <th scope="col">{t('amounts.currency')}</th>
                <th scope="col" className="number">
                  {t('amounts.claims')}
                </th>
                {CLAIM_AMOUNT_FIELDS.map((field) => (
                  <th key={field} scope="col" className="number">
                    {t(AMOUNT_LABEL[field])}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.amounts.map((row) => (
                <tr key={row.currency}>
                  <th scope="row">{row.currency}</th>
                  <td className="number">{format.number(row.claims)}</td>
                  {CLAIM_AMOUNT_FIELDS.map((field) => (
                    <td key={field} className="number">
                      {format.money(row.amounts[field], row.currency)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </FiguresTable>
        </div>
      ) : null}
    </section>
  );
}
