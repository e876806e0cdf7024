import type { ReactNode } from 'react';
import { useFormat } from '../../i18n/format';
import type { IntakeForm } from '../intake-api.types';
import {
  CHILD_PROTECTION_QUESTIONS,
  GBV_QUESTIONS,
  TRAFFICKING_QUESTIONS,
  URGENT_NEEDS_QUESTIONS,
} from '../intake-api.types';
import { consentsOf } from '../intake-body';
import type { IntakeDraft, YesNoUnknown } from '../intake-draft';
import {
  ANSWER_LABELS,
  CASE_ACTION_LABELS,
  CHANNEL_LABELS,
  CHILD_PROTECTION_LABELS,
  CONSENT_LABELS,
  CONTROL_LABELS,
  CONTROLLER_LABELS,
  DOCUMENT_LABELS,
  EMPLOYMENT_LABELS,
  GBV_LABELS,
  GENDER_LABELS,
  NEED_LABELS,
  PERIOD_LABELS,
  SCHOOLING_LABELS,
  SECTOR_LABELS,
  SEX_LABELS,
  SIGNING_LABELS,
  STATUS_LABELS,
  TRAFFICKING_LABELS,
  TRAVELS_LABELS,
  URGENT_NEEDS_LABELS,
} from '../intake-option-keys';
import { STEPS, type StepId } from '../intake-steps';
import type { IntakeLabels } from '../use-intake-labels';
import { localLabel } from './questions-step';

interface ReviewProps {
  draft: IntakeDraft;
  form: IntakeForm | null;
  language: string;
  labels: IntakeLabels;
  goTo: (step: StepId) => void;
}

/** Everything that will be sent, step by step, each with a way back to change it. */
export function ReviewStep({ draft, form, language, labels, goTo }: ReviewProps) {
  const { t } = labels;
  const format = useFormat();
  const dash = t('review.none');
  const answer = (value: YesNoUnknown) => (value === '' ? t('review.unanswered') : t(ANSWER_LABELS[value]));
  const choice = draft.match?.choice;
  const { person, situation, work, household, screens } = draft;
  const day = (value: string) => (value.trim() === '' ? dash : /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? format.day(value.trim()) : value);
  const partnerCount = draft.consents.partners.length;

  return (
    <div className="review">
      <p>{t('review.intro')}</p>
      <Section id="person" labels={labels} goTo={goTo}>
        {choice?.kind === 'existing' ? <Row term={t('review.returning')} value={`${t(CASE_ACTION_LABELS[choice.caseAction])}${choice.updateDetails ? ` · ${t('review.withUpdates')}` : ''}`} /> : null}
        <Row term={t('person.name')} value={person.name.trim() || dash} />
        <Row term={t('person.alias')} value={person.alias.trim() || dash} />
        <Row term={t('review.birth')} value={person.dateOfBirth.trim() ? day(person.dateOfBirth) : person.yearOfBirth.trim() || dash} />
        <Row term={t('person.sex')} value={person.sex === '' ? dash : t(SEX_LABELS[person.sex])} />
        {person.genderIdentity !== '' ? (
          <Row term={t('person.genderIdentity')} value={person.genderIdentity === 'self-described' ? person.genderSelfDescribed : t(GENDER_LABELS[person.genderIdentity])} />
        ) : null}
        <Row term={t('person.nationalities')} value={person.nationalities.filter(Boolean).map(labels.country).join(', ') || dash} />
        <Row term={t('person.languages')} value={person.languages.map(labels.languageName).join(', ') || dash} />
        <Row term={t('person.preferredLanguage')} value={person.preferredLanguage ? labels.languageName(person.preferredLanguage) : dash} />
        <Row term={t('person.needsInterpreter')} value={person.needsInterpreter === '' ? dash : t(ANSWER_LABELS[person.needsInterpreter])} />
        <Row
          term={t('person.contactChannels')}
          value={person.contactChannels.filter((contact) => contact.value.trim()).map((contact) => `${contact.channel === '' ? '' : `${t(CHANNEL_LABELS[contact.channel])}: `}${contact.value.trim()}`).join('; ') || dash}
        />
      </Section>
      <Section id="situation" labels={labels} goTo={goTo}>
        <Row term={t('situation.status')} value={situation.status === '' ? dash : t(STATUS_LABELS[situation.status])} />
        {situation.cardExpiresOn ? <Row term={t('situation.cardExpiresOn')} value={day(situation.cardExpiresOn)} /> : null}
        {situation.status === 'asylum-seeker' && situation.nextSigningOn ? <Row term={t('situation.nextSigningOn')} value={day(situation.nextSigningOn)} /> : null}
        {situation.status === 'asylum-seeker' && situation.signingFrequency ? <Row term={t('situation.signingFrequency')} value={t(SIGNING_LABELS[situation.signingFrequency])} /> : null}
        {situation.status === 'waiting-us-asylum-hearing' && situation.usHearingOn ? <Row term={t('situation.usHearingOn')} value={day(situation.usHearingOn)} /> : null}
      </Section>
      <Section id="documents" labels={labels} goTo={goTo}>
        <Row
          term={t('steps.documents')}
          value={
            draft.documents
              .filter((document) => document.number.trim())
              .map((document) => `${document.type === '' ? '' : `${t(DOCUMENT_LABELS[document.type])}: `}${document.number.trim()}`)
              .join('; ') || dash
          }
        />
      </Section>
      <Section id="work" labels={labels} goTo={goTo}>
        <Row term={t('work.employmentStatus')} value={work.employmentStatus === '' ? dash : t(EMPLOYMENT_LABELS[work.employmentStatus])} />
        <Row term={t('work.sector')} value={work.sector === '' ? dash : t(SECTOR_LABELS[work.sector])} />
        {work.employerName.trim() ? <Row term={t('work.employerName')} value={work.employerName.trim()} /> : null}
        <Row term={t('work.hasContract')} value={answer(work.hasContract)} />
        {work.wageAmount.trim() ? (
          <Row
            term={t('work.wage')}
            value={`${/^\d+(\.\d{1,2})?$/.test(work.wageAmount.trim()) && /^[A-Z]{3}$/.test(work.wageCurrency) ? format.money(work.wageAmount.trim(), work.wageCurrency) : work.wageAmount}${work.wagePeriod ? ` · ${t(PERIOD_LABELS[work.wagePeriod])}` : ''}`}
          />
        ) : null}
        {work.hoursPerWeek.trim() ? <Row term={t('work.hoursPerWeek')} value={work.hoursPerWeek.trim()} /> : null}
      </Section>
      <Section id="household" labels={labels} goTo={goTo}>
        <Row term={t('household.travelsWith')} value={household.travelsWith === '' ? dash : t(TRAVELS_LABELS[household.travelsWith])} />
        <Row term={t('household.adults')} value={household.adults.trim() || '0'} />
        <Row
          term={t('household.children')}
          value={
            household.children
              .map((child, index) =>
                t('review.child', { n: index + 1, age: child.age.trim() || '?', schooling: child.schooling === '' ? dash : t(SCHOOLING_LABELS[child.schooling]) }) +
                (child.works ? ` · ${t('household.childWorks')}` : '') +
                (child.separated ? ` · ${t('household.childSeparated')}` : ''),
              )
              .join('; ') || dash
          }
        />
        <Row term={t('household.needs')} value={household.needs.map((need) => t(NEED_LABELS[need])).join(', ') || dash} />
      </Section>
      <Section id="childProtection" labels={labels} goTo={goTo}>
        {CHILD_PROTECTION_QUESTIONS.map((question) => (
          <Row key={question} term={t(CHILD_PROTECTION_LABELS[question])} value={answer(screens.childProtection[question])} />
        ))}
      </Section>
      <Section id="genderBasedViolence" labels={labels} goTo={goTo}>
        {GBV_QUESTIONS.map((question) => (
          <Row key={question} term={t(GBV_LABELS[question])} value={answer(screens.genderBasedViolence[question])} />
        ))}
      </Section>
      <Section id="trafficking" labels={labels} goTo={goTo}>
        <Row term={t('screens.methodsOfControl')} value={screens.traffickingForcedLabour.methodsOfControl.map((method) => t(CONTROL_LABELS[method])).join('; ') || dash} />
        {screens.traffickingForcedLabour.controlledBy.length > 0 ? (
          <Row term={t('screens.controlledBy')} value={screens.traffickingForcedLabour.controlledBy.map((who) => t(CONTROLLER_LABELS[who])).join(', ')} />
        ) : null}
        {TRAFFICKING_QUESTIONS.map((question) => (
          <Row key={question} term={t(TRAFFICKING_LABELS[question])} value={answer(screens.traffickingForcedLabour[question])} />
        ))}
      </Section>
      <Section id="urgentNeeds" labels={labels} goTo={goTo}>
        {URGENT_NEEDS_QUESTIONS.map((question) => (
          <Row key={question} term={t(URGENT_NEEDS_LABELS[question])} value={answer(screens.urgentBasicNeeds[question])} />
        ))}
      </Section>
      <Section id="consents" labels={labels} goTo={goTo}>
        <Row
          term={t('review.consentsGiven')}
          value={
            consentsOf(draft)
              .filter((scope) => scope.purpose !== 'share-with-partner')
              .map((scope) => (scope.purpose === 'contact' ? `${t(CONSENT_LABELS.contact)}: ${t(CHANNEL_LABELS[scope.channel])}` : t(CONSENT_LABELS[scope.purpose])))
              .concat(partnerCount > 0 ? [t('review.partners', { count: partnerCount })] : [])
              .join('; ') || dash
          }
        />
      </Section>
      <Section id="questions" labels={labels} goTo={goTo}>
        {form === null || form.questions.length === 0 ? (
          <Row term={t('steps.questions')} value={dash} />
        ) : (
          form.questions.map((question) => {
            const value = draft.answers[question.id];
            const options = new Map((question.options ?? []).map((option) => [option.id, localLabel(option.labels, language, form).text]));
            const shown =
              value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
                ? dash
                : typeof value === 'boolean'
                  ? t(value ? 'answer.yes' : 'answer.no')
                  : Array.isArray(value)
                    ? value.map((item) => options.get(item) ?? item).join(', ')
                    : (options.get(value) ?? value);
            const label = localLabel(question.labels, language, form);
            return <Row key={question.id} term={label.text} lang={label.lang} value={shown} />;
          })
        )}
      </Section>
    </div>
  );
}

function Section({ id, labels, goTo, children }: { id: StepId; labels: IntakeLabels; goTo: (step: StepId) => void; children: ReactNode }) {
  const { t } = labels;
  const step = STEPS.find((item) => item.id === id);
  const title = step ? t(step.title) : id;
  return (
    <section className="review-section" aria-labelledby={`review-${id}`}>
      <div className="review-heading">
        <h3 id={`review-${id}`}>{title}</h3>
        <button type="button" className="secondary" onClick={() => goTo(id)}>
          {t('review.change')}
          <span className="visually-hidden"> {title}</span>
        </button>
      </div>
      <dl>{children}</dl>
    </section>
  );
}

function Row({ term, value, lang }: { term: string; value: string; lang?: string | undefined }) {
  return (
    <div className="review-row">
      <dt lang={lang}>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
