import { CONTACT_CHANNELS, GENDER_IDENTITIES, SEXES, type Sex } from '../intake-api.types';
import { CheckboxGroup, RadioGroup, SelectInput, TextInput } from '../intake-controls';
import { emptyContact, type PersonDraft } from '../intake-draft';
import { CHANNEL_LABELS, GENDER_LABELS, SEX_LABELS } from '../intake-option-keys';
import { removeAt, replaceAt, type StepProps } from './step-props';

const MAX_NATIONALITIES = 5;
const MAX_CONTACTS = 5;

/** Who the person is: name or alias, birth, sex and gender, nationalities, languages, how to reach them. */
export function PersonStep({ draft, edit, error, labels }: StepProps) {
  const { t } = labels;
  const person = draft.person;
  const set = <K extends keyof PersonDraft>(key: K, value: PersonDraft[K], extra: readonly string[] = []) =>
    edit((current) => ({ ...current, person: { ...current.person, [key]: value } }), [`person.${key}`, ...extra]);
  const returning = draft.match?.choice.kind === 'existing' ? draft.match.choice : null;

  const nationalityRows = person.nationalities.length === 0 ? [''] : person.nationalities;
  const setLanguages = (languages: string[]) => {
    const preferred = languages.includes(person.preferredLanguage) ? person.preferredLanguage : languages.length === 1 ? (languages[0] ?? '') : '';
    edit((current) => ({ ...current, person: { ...current.person, languages, preferredLanguage: preferred } }), ['person.languages', 'person.preferredLanguage']);
  };

  return (
    <>
      {returning ? (
        <p className="notice" role="note">
          {returning.updateDetails ? t('person.returningUpdates') : t('person.returningKept')}
        </p>
      ) : null}
      <p className="field-hint">{t('person.intro')}</p>
      <div className="field-row">
        <TextInput path="person.name" label={t('person.name')} hint={t('person.nameHint')} value={person.name} onChange={(value) => set('name', value, ['person.alias'])} error={error('person.name')} />
        <TextInput path="person.alias" label={t('person.alias')} hint={t('person.aliasHint')} value={person.alias} onChange={(value) => set('alias', value)} error={error('person.alias')} />
      </div>
      <div className="field-row">
        <TextInput
          path="person.dateOfBirth"
          type="date"
          label={t('person.dateOfBirth')}
          hint={t('person.dateHint')}
          value={person.dateOfBirth}
          onChange={(value) => set('dateOfBirth', value, ['person.yearOfBirth'])}
          error={error('person.dateOfBirth')}
        />
        <TextInput
          path="person.yearOfBirth"
          inputMode="numeric"
          className="input-short"
          label={t('person.yearOfBirth')}
          hint={t('person.yearOfBirthHint')}
          value={person.yearOfBirth}
          onChange={(value) => set('yearOfBirth', value)}
          error={error('person.yearOfBirth')}
        />
      </div>
      <RadioGroup<Sex> path="person.sex" legend={t('person.sex')} required inline value={person.sex} options={labels.options(SEXES, SEX_LABELS)} onChange={(value) => set('sex', value)} error={error('person.sex')} />
      <SelectInput
        path="person.genderIdentity"
        label={t('person.genderIdentity')}
        hint={t('person.genderIdentityHint')}
        placeholder={t('person.notAsked')}
        value={person.genderIdentity}
        options={labels.options(GENDER_IDENTITIES, GENDER_LABELS)}
        onChange={(value) => set('genderIdentity', value, ['person.genderSelfDescribed'])}
        error={error('person.genderIdentity')}
      />
      {person.genderIdentity === 'self-described' ? (
        <TextInput
          path="person.genderSelfDescribed"
          required
          label={t('person.genderSelfDescribed')}
          value={person.genderSelfDescribed}
          onChange={(value) => set('genderSelfDescribed', value)}
          error={error('person.genderSelfDescribed')}
        />
      ) : null}

      <fieldset className="group" data-field="person.nationalities">
        <legend>
          {t('person.nationalities')}
          <span aria-hidden="true"> *</span>
        </legend>
        <p className="field-hint">{t('person.nationalitiesHint')}</p>
        {error('person.nationalities') ? <p className="field-error">{error('person.nationalities')}</p> : null}
        {nationalityRows.map((code, index) => (
          <div className="list-row" key={index}>
            <SelectInput
              path={`person.nationalities.${index}`}
              label={t('person.nationalityN', { n: index + 1 })}
              required={index === 0}
              placeholder={t('choose')}
              value={code}
              groups={labels.nationalityGroups}
              onChange={(value) => set('nationalities', replaceAt(nationalityRows, index, value), ['person.nationalities'])}
              error={error(`person.nationalities.${index}`)}
            />
            {nationalityRows.length > 1 ? (
              <button type="button" className="secondary" onClick={() => set('nationalities', removeAt(nationalityRows, index), ['person.nationalities'])}>
                {t('person.removeNationality', { n: index + 1 })}
              </button>
            ) : null}
          </div>
        ))}
        {nationalityRows.length < MAX_NATIONALITIES ? (
          <button type="button" className="secondary" onClick={() => set('nationalities', [...nationalityRows, ''], ['person.nationalities'])}>
            {t('person.addNationality')}
          </button>
        ) : null}
      </fieldset>

      <CheckboxGroup
        columns
        path="person.languages"
        legend={t('person.languages')}
        hint={t('person.languagesHint')}
        required
        values={person.languages}
        options={labels.languageOptions}
        onChange={setLanguages}
        error={error('person.languages') ?? person.languages.map((_code, index) => error(`person.languages.${index}`)).find(Boolean)}
      />
      <SelectInput
        path="person.preferredLanguage"
        required
        label={t('person.preferredLanguage')}
        hint={person.languages.length === 0 ? t('person.preferredLanguageHint') : undefined}
        placeholder={t('choose')}
        value={person.preferredLanguage}
        options={person.languages.map((code) => ({ value: code, label: labels.languageName(code) }))}
        onChange={(value) => set('preferredLanguage', value)}
        error={error('person.preferredLanguage')}
      />
      <RadioGroup<'yes' | 'no'>
        path="person.needsInterpreter"
        legend={t('person.needsInterpreter')}
        required
        inline
        value={person.needsInterpreter}
        options={[
          { value: 'yes', label: t('answer.yes') },
          { value: 'no', label: t('answer.no') },
        ]}
        onChange={(value) => set('needsInterpreter', value)}
        error={error('person.needsInterpreter')}
      />

      <fieldset className="group" data-field="person.contactChannels">
        <legend>{t('person.contactChannels')}</legend>
        <p className="field-hint">{t('person.contactChannelsHint')}</p>
        {error('person.contactChannels') ? <p className="field-error">{error('person.contactChannels')}</p> : null}
        {person.contactChannels.map((contact, index) => (
          <div className="list-row" key={index}>
            <SelectInput
              path={`person.contactChannels.${index}.channel`}
              label={t('person.channelN', { n: index + 1 })}
              placeholder={t('choose')}
              value={contact.channel}
              options={labels.options(CONTACT_CHANNELS, CHANNEL_LABELS)}
              onChange={(value) =>
                set('contactChannels', replaceAt(person.contactChannels, index, { ...contact, channel: value }), ['person.contactChannels'])
              }
              error={error(`person.contactChannels.${index}.channel`) ?? error(`person.contactChannels.${index}`)}
            />
            <TextInput
              path={`person.contactChannels.${index}.value`}
              type={contact.channel === 'email' ? 'email' : 'tel'}
              label={contact.channel === 'email' ? t('person.emailN', { n: index + 1 }) : t('person.numberN', { n: index + 1 })}
              hint={contact.channel === 'email' ? t('person.emailHint') : t('person.phoneHint')}
              value={contact.value}
              onChange={(value) => set('contactChannels', replaceAt(person.contactChannels, index, { ...contact, value }), ['person.contactChannels'])}
              error={error(`person.contactChannels.${index}.value`)}
            />
            <button type="button" className="secondary" onClick={() => set('contactChannels', removeAt(person.contactChannels, index), ['person.contactChannels'])}>
              {t('person.removeChannel', { n: index + 1 })}
            </button>
          </div>
        ))}
        {person.contactChannels.length < MAX_CONTACTS ? (
          <button type="button" className="secondary" onClick={() => set('contactChannels', [...person.contactChannels, emptyContact()], ['person.contactChannels'])}>
            {t('person.addChannel')}
          </button>
        ) : null}
      </fieldset>
    </>
  );
}
