import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasBreakdown, withBreakdown, withIndicator, type AgreementDraft } from './agreement-form';
import { breakdownChoices, breakdownKey, type IndicatorId } from './sharing-catalog';
import { useCatalogWords } from './use-catalog-words';

interface IndicatorPickerProps {
  indicator: IndicatorId;
  draft: AgreementDraft;
  error?: string | undefined;
  onChange: (draft: AgreementDraft) => void;
}

/**
 * One indicator of the catalog: shared or not, and which tables besides its total: each dimension
 * alone, or two crossed (behind a disclosure, as most centres share few).
 */
export function IndicatorPicker({ indicator, draft, error, onChange }: IndicatorPickerProps) {
  const { t } = useTranslation('admin');
  const words = useCatalogWords();
  const id = useId();
  const shared = draft.indicators[indicator] !== undefined;
  const choices = breakdownChoices(indicator);
  const singles = choices.filter((breakdown) => breakdown.length === 1);
  const pairs = choices.filter((breakdown) => breakdown.length === 2);
  // Open at first when the draft crosses dimensions already; then as the person leaves it.
  const [crossedOpen, setCrossedOpen] = useState(() => pairs.some((breakdown) => hasBreakdown(draft, indicator, breakdown)));
  const errorId = `${id}-error`;

  const box = (breakdown: string[]) => {
    const boxId = `${id}-${breakdownKey(breakdown)}`;
    return (
      <div className="admin-check" key={boxId}>
        <input id={boxId} type="checkbox" checked={hasBreakdown(draft, indicator, breakdown)} onChange={(event) => onChange(withBreakdown(draft, indicator, breakdown, event.target.checked))} />
        <label htmlFor={boxId}>{words.table(breakdown)}</label>
      </div>
    );
  };

  return (
    <div className={error ? 'admin-indicator field-invalid' : 'admin-indicator'}>
      <div className="admin-check">
        <input id={`${id}-shared`} type="checkbox" checked={shared} onChange={(event) => onChange(withIndicator(draft, indicator, event.target.checked))} aria-describedby={error ? errorId : undefined} aria-invalid={Boolean(error)} />
        <label htmlFor={`${id}-shared`}>{words.indicator(indicator)}</label>
      </div>
      {shared ? (
        <fieldset className="admin-fieldset admin-breakdowns" aria-describedby={error ? errorId : undefined}>
          <legend>{t('sharing.form.tables', { indicator: words.indicator(indicator) })}</legend>
          <p className="field-hint">{t('sharing.form.tablesHint')}</p>
          {singles.map(box)}
          {pairs.length > 0 ? (
            <details open={crossedOpen} onToggle={(event) => setCrossedOpen(event.currentTarget.open)}>
              <summary>{t('sharing.form.crossed', { count: pairs.length })}</summary>
              {pairs.map(box)}
            </details>
          ) : null}
        </fieldset>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
