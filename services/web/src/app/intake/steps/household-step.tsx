import { NEEDS, SCHOOLING, TRAVELS_WITH, type Need, type TravelsWith } from '../intake-api.types';
import { Checkbox, CheckboxGroup, RadioGroup, SelectInput, TextInput } from '../intake-controls';
import { emptyChild, type ChildDraft, type HouseholdDraft } from '../intake-draft';
import { NEED_LABELS, SCHOOLING_LABELS, TRAVELS_LABELS } from '../intake-option-keys';
import { removeAt, replaceAt, type StepProps } from './step-props';

const MAX_CHILDREN = 15;
const at = 'interview.household';

/** Who travels with the person (children with their age and schooling), and what they need. */
export function HouseholdStep({ draft, edit, error, labels }: StepProps) {
  const { t } = labels;
  const household = draft.household;
  const set = <K extends keyof HouseholdDraft>(key: K, value: HouseholdDraft[K], fields: readonly string[]) =>
    edit((current) => ({ ...current, household: { ...current.household, [key]: value } }), fields);
  // What the children do is checked against the child-protection answers too.
  const childFields = [`${at}.children`, `${at}.travelsWith`, 'interview.screens.childProtection'];
  const setChild = (index: number, child: ChildDraft, changes: Partial<ChildDraft>) => set('children', replaceAt(household.children, index, { ...child, ...changes }), childFields);
  return (
    <>
      <RadioGroup<TravelsWith>
        path={`${at}.travelsWith`}
        legend={t('household.travelsWith')}
        required
        value={household.travelsWith}
        options={labels.options(TRAVELS_WITH, TRAVELS_LABELS)}
        onChange={(value) => set('travelsWith', value, [`${at}.travelsWith`])}
        error={error(`${at}.travelsWith`)}
      />
      <TextInput
        path={`${at}.adults`}
        inputMode="numeric"
        className="input-short"
        required
        label={t('household.adults')}
        hint={t('household.adultsHint')}
        value={household.adults}
        onChange={(value) => set('adults', value, [`${at}.adults`, `${at}.travelsWith`])}
        error={error(`${at}.adults`)}
      />
      <section className="subsection" aria-labelledby="household-children">
        <h3 id="household-children">{t('household.children')}</h3>
        {error(`${at}.children`) ? <p className="field-error">{error(`${at}.children`)}</p> : null}
        {household.children.length === 0 ? <p>{t('household.noChildren')}</p> : null}
        {household.children.map((child, index) => (
          <fieldset className="group list-item" key={index} data-field={`${at}.children.${index}`}>
            <legend>{t('household.childN', { n: index + 1 })}</legend>
            <div className="field-row">
              <TextInput
                path={`${at}.children.${index}.age`}
                inputMode="numeric"
                className="input-short"
                required
                label={t('household.childAge')}
                value={child.age}
                onChange={(age) => setChild(index, child, { age })}
                error={error(`${at}.children.${index}.age`)}
              />
              <SelectInput
                path={`${at}.children.${index}.schooling`}
                required
                label={t('household.schooling')}
                placeholder={t('choose')}
                value={child.schooling}
                options={labels.options(SCHOOLING, SCHOOLING_LABELS)}
                onChange={(schooling) => setChild(index, child, { schooling })}
                error={error(`${at}.children.${index}.schooling`)}
              />
            </div>
            <Checkbox path={`${at}.children.${index}.works`} label={t('household.childWorks')} checked={child.works} onChange={(works) => setChild(index, child, { works })} />
            <Checkbox
              path={`${at}.children.${index}.separated`}
              label={t('household.childSeparated')}
              hint={t('household.childSeparatedHint')}
              checked={child.separated}
              onChange={(separated) => setChild(index, child, { separated })}
            />
            <button type="button" className="secondary" onClick={() => set('children', removeAt(household.children, index), childFields)}>
              {t('household.removeChild', { n: index + 1 })}
            </button>
          </fieldset>
        ))}
        {household.children.length < MAX_CHILDREN ? (
          <button type="button" className="secondary" onClick={() => set('children', [...household.children, emptyChild()], childFields)}>
            {t('household.addChild')}
          </button>
        ) : null}
      </section>
      <CheckboxGroup<Need>
        columns
        path="interview.needs"
        legend={t('household.needs')}
        hint={t('household.needsHint')}
        values={household.needs}
        options={labels.options(NEEDS, NEED_LABELS)}
        onChange={(needs) => set('needs', needs, ['interview.needs'])}
        error={error('interview.needs')}
      />
    </>
  );
}
