import { useId, useState, type FormEvent, type Ref } from 'react';
import { useFormat } from '../i18n/format';
import { CASE_ACTIONS, type CaseAction, type PersonMatch } from './intake-api.types';
import { Checkbox, RadioGroup } from './intake-controls';
import type { PersonChoice } from './intake-draft';
import { CASE_ACTION_LABELS, MATCH_REASON_LABELS, SEX_LABELS } from './intake-option-keys';
import type { IntakeLabels } from './use-intake-labels';

const NEW_PERSON = 'new';

/**
 * People the centre already serves who may be the person at the desk, as POST /people/matches
 * answers (strongest first): the interviewer says which one it is, or that it is someone new.
 */
export function ReturningPerson({
  matches,
  labels,
  onDecide,
  onBack,
  headingRef,
}: {
  matches: readonly PersonMatch[];
  labels: IntakeLabels;
  onDecide: (choice: PersonChoice) => void;
  onBack: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { t } = labels;
  const format = useFormat();
  const id = useId();
  const [picked, setPicked] = useState<string>('');
  const [caseAction, setCaseAction] = useState<CaseAction | ''>('');
  const [updateDetails, setUpdateDetails] = useState(false);
  const [tried, setTried] = useState(false);
  const existing = picked !== '' && picked !== NEW_PERSON;
  const pickError = tried && picked === '' ? t('validation.required') : undefined;
  const actionError = tried && existing && caseAction === '' ? t('validation.required') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (picked === NEW_PERSON) onDecide({ kind: 'new' });
    else if (picked !== '' && caseAction !== '') onDecide({ kind: 'existing', personId: picked, caseAction, updateDetails });
  };

  const describe = (match: PersonMatch): string =>
    [
      match.yearOfBirth === null ? t('matches.yearUnknown') : t('matches.born', { year: match.yearOfBirth }),
      t(SEX_LABELS[match.sex]),
      match.nationalities.map(labels.country).join(', '),
      t('matches.speaks', { language: labels.languageName(match.preferredLanguage) }),
      match.lastIntakeAt === null ? t('matches.neverInterviewed') : t('matches.lastIntake', { date: format.date(match.lastIntakeAt) }),
    ].join(' · ');

  return (
    <form className="matches" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        {t('matches.title')}
      </h2>
      <p>{t('matches.intro', { count: matches.length })}</p>
      <fieldset className={pickError ? 'group group-invalid' : 'group'} data-field="person.existingPersonId">
        <legend>{t('matches.question')}</legend>
        {pickError ? <p className="field-error">{pickError}</p> : null}
        <div className="choices">
          {matches.map((match, index) => (
            <div className="choice match" key={match.personId}>
              <input type="radio" id={`${id}-${index}`} name={`${id}-person`} checked={picked === match.personId} onChange={() => setPicked(match.personId)} />
              <label htmlFor={`${id}-${index}`}>
                <span className="match-name">
                  {match.name ?? match.alias ?? t('matches.noName')}
                  {match.name !== undefined && match.alias !== undefined ? ` (${t('matches.alias', { alias: match.alias })})` : ''}
                </span>
                <span className="match-details">{describe(match)}</span>
                <span className="match-reason">{t(MATCH_REASON_LABELS[match.reason])}</span>
              </label>
            </div>
          ))}
          <div className="choice match">
            <input type="radio" id={`${id}-new`} name={`${id}-person`} checked={picked === NEW_PERSON} onChange={() => setPicked(NEW_PERSON)} />
            <label htmlFor={`${id}-new`}>
              <span className="match-name">{t('matches.newPerson')}</span>
            </label>
          </div>
        </div>
      </fieldset>
      {existing ? (
        <>
          <RadioGroup<CaseAction>
            path="person.caseAction"
            legend={t('matches.caseAction')}
            required
            value={caseAction}
            options={labels.options(CASE_ACTIONS, CASE_ACTION_LABELS)}
            onChange={setCaseAction}
            error={actionError}
          />
          <Checkbox path="person.updates" label={t('matches.updateDetails')} hint={t('matches.updateDetailsHint')} checked={updateDetails} onChange={setUpdateDetails} />
        </>
      ) : null}
      <div className="step-actions">
        <button type="button" className="secondary" onClick={onBack}>
          {t('matches.back')}
        </button>
        <button type="submit">{t('matches.continue')}</button>
      </div>
    </form>
  );
}
