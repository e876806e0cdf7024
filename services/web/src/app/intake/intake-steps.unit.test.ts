import { summaryOf } from './error-summary';
import { exhaustive, type Sex } from './intake-api.types';
import { fieldOfApiPath, REVIEW_STEP, STEP_IDS, stepOfField, stepsWithProblems } from './intake-steps';
import { bySeverity, flagLabelKey } from './risk-flag-labels';

const stepOf = (path: string) => STEP_IDS[stepOfField(path)];

describe('the step each field is answered on', () => {
  it('follows the API’s field paths, the most specific part first', () => {
    expect(stepOf('person.yearOfBirth')).toBe('person');
    expect(stepOf('person.identityDocuments.2.number')).toBe('documents');
    expect(stepOf('interview.migratorySituation.cardExpiresOn')).toBe('situation');
    expect(stepOf('interview.needs.1')).toBe('household');
    expect(stepOf('interview.screens.traffickingForcedLabour.controlledBy')).toBe('trafficking');
    expect(stepOf('interview.screens.childProtection.childLabour')).toBe('childProtection');
    expect(stepOf('consents')).toBe('consents');
    expect(stepOf('answers.values.arrival-route')).toBe('questions');
  });

  it('sends what concerns the whole request to the review', () => {
    expect(stepOfField('')).toBe(REVIEW_STEP);
    expect(stepOfField('interview')).toBe(REVIEW_STEP);
  });

  it('shows a returning person’s corrections on the fields they were typed in', () => {
    expect(fieldOfApiPath('person.updates.identityDocuments.0.number')).toBe('person.identityDocuments.0.number');
    expect(stepOf(fieldOfApiPath('person.updates.name'))).toBe('person');
    expect(stepsWithProblems({ 'interview.work.sector': 1, 'person.sex': 2, 'person.alias': 3 })).toEqual([STEP_IDS.indexOf('person'), STEP_IDS.indexOf('work')]);
  });
});

describe('the error summary', () => {
  const words = {
    t: (key: string, values?: Record<string, string | number>) => (values ? `${key}(${Object.values(values).join(',')})` : key),
    message: (path: string) => (path === 'person.ghost' ? undefined : `msg:${path}`),
    questionLabel: (id: string) => (id === 'arrival-route' ? '¿Por dónde llegó?' : undefined),
  };

  it('names each field with its position in a list, in the order of the steps', () => {
    expect(summaryOf(['interview.work.sector', 'person.contactChannels.1.value', 'person.ghost', 'answers.values.arrival-route'], words, false)).toEqual([
      { path: 'person.contactChannels.1.value', text: 'summary.item(person.contactChannels (2),msg:person.contactChannels.1.value)' },
      { path: 'interview.work.sector', text: 'summary.item(work.sector,msg:interview.work.sector)' },
      { path: 'answers.values.arrival-route', text: 'summary.item(¿Por dónde llegó?,msg:answers.values.arrival-route)' },
    ]);
  });

  it('on the review, says the step of each problem', () => {
    expect(summaryOf(['consents.storeData', 'interview'], words, true)).toEqual([
      { path: 'consents.storeData', text: 'summary.item(summary.step(10,steps.consents) · consent.store-data,msg:consents.storeData)' },
      { path: 'interview', text: 'summary.item(summary.step(12,steps.review),msg:interview)' },
    ]);
  });
});

describe('risk flags', () => {
  it('are labelled by code, and a code this app does not know yet is left to its screen', () => {
    expect(flagLabelKey('trafficking.documents-withheld')).toBe('flags.trafficking.documents-withheld');
    expect(flagLabelKey('trafficking.brand-new-indicator')).toBeNull();
    expect(flagLabelKey('toString')).toBeNull();
  });

  it('are listed most serious first, in the API’s order within a level', () => {
    const flags = [
      { flag: 'a', level: 'low' as const },
      { flag: 'b', level: 'high' as const },
      { flag: 'c', level: 'medium' as const },
      { flag: 'd', level: 'high' as const },
    ];
    expect(bySeverity(flags).map((flag) => flag.flag)).toEqual(['b', 'd', 'c', 'a']);
  });
});

describe('lists of API codes', () => {
  it('must name every code of the API’s type (checked by the type-check)', () => {
    const sexes = exhaustive<Sex>()(['female', 'male', 'intersex', 'not-stated']);
    // @ts-expect-error -- a list missing a code the API has does not compile
    exhaustive<Sex>()(['female', 'male']);
    // @ts-expect-error -- nor does a list with a code the API does not have
    exhaustive<Sex>()(['female', 'male', 'intersex', 'not-stated', 'other']);
    expect(sexes).toHaveLength(4);
  });
});
