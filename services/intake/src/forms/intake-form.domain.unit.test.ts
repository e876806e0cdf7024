import { DomainError } from '@corredor/contracts';
import { reviseForm, validateAnswers, type IntakeForm } from './intake-form.domain';
import type { QuestionInput } from './intake-form.schema';

const context = (id = 'f1') => ({ id, tenant: 'tijuana', userId: 'coord@tijuana', now: new Date('2026-11-23T15:00:00Z'), languages: ['es', 'ht', 'fr', 'en'] });

const route: QuestionInput = {
  id: 'arrival-route',
  type: 'single-choice',
  labels: { es: '¿Cómo llegó?', ht: 'Kijan ou rive?' },
  required: true,
  options: [
    { id: 'train', labels: { es: 'Tren' } },
    { id: 'bus', labels: { es: 'Autobús' } },
  ],
};
const remittances: QuestionInput = { id: 'sends-remittances', type: 'boolean', labels: { es: '¿Envía remesas?' }, required: false };
const arrivedOn: QuestionInput = { id: 'arrived-on', type: 'date', labels: { es: '¿Cuándo llegó?' }, required: false };
const people: QuestionInput = { id: 'people-in-room', type: 'number', labels: { es: '¿Cuántas personas duermen en su cuarto?' }, required: false };
const skills: QuestionInput = {
  id: 'skills',
  type: 'multi-choice',
  labels: { es: 'Oficios' },
  required: false,
  options: [
    { id: 'welding', labels: { es: 'Soldadura' } },
    { id: 'cooking', labels: { es: 'Cocina' } },
  ],
};
const comment: QuestionInput = { id: 'comment', type: 'text', labels: { es: 'Comentario' }, required: false };

function codeOf(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return `${error.code} (${error.kind}): ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('reviseForm', () => {
  it('makes version 1 from nothing, and each revision the next version', () => {
    const first = reviseForm(null, [route, remittances], context('f1'));
    expect(first).toEqual({
      id: 'f1',
      tenant: 'tijuana',
      version: 1,
      questions: [route, remittances],
      knownQuestions: [
        { id: 'arrival-route', type: 'single-choice' },
        { id: 'sends-remittances', type: 'boolean' },
      ],
      createdAt: new Date('2026-11-23T15:00:00Z'),
      createdBy: 'coord@tijuana',
    });
    const second = reviseForm(first, [remittances], context('f2'));
    expect(second).toMatchObject({ id: 'f2', version: 2, questions: [remittances] });
    // A removed question is remembered, so its id cannot come back meaning something else.
    expect(second.knownQuestions).toEqual(first.knownQuestions);
  });

  it('lets a removed question come back with its own type', () => {
    const removed = reviseForm(reviseForm(null, [route], context()), [], context());
    expect(reviseForm(removed, [route], context()).questions).toEqual([route]);
  });

  it.each<[string, IntakeForm | null, QuestionInput[], string]>([
    ['a repeated question id', null, [remittances, { ...route, id: 'sends-remittances' }], 'INTAKE.FORM_DUPLICATE_QUESTION (validation): Question 2: the id "sends-remittances" is used by another question.'],
    ['a choice question without options', null, [{ ...route, options: [] }], 'INTAKE.FORM_OPTIONS_REQUIRED (validation): Question 1 ("arrival-route") is a single-choice question and needs at least one option.'],
    ['a choice question with no options field', null, [{ ...skills, options: undefined }], 'INTAKE.FORM_OPTIONS_REQUIRED (validation): Question 1 ("skills") is a multi-choice question and needs at least one option.'],
    ['options on a yes/no question', null, [{ ...remittances, options: route.options }], 'INTAKE.FORM_OPTIONS_NOT_ALLOWED (validation): Question 1 ("sends-remittances") is a boolean question: only choice questions have options.'],
    ['an option twice', null, [{ ...route, options: [{ id: 'bus', labels: { es: 'a' } }, { id: 'bus', labels: { es: 'b' } }] }], 'INTAKE.FORM_DUPLICATE_OPTION (validation): Question 1 ("arrival-route") has the option "bus" twice.'],
    ['a label without the first language', null, [{ ...remittances, labels: { ht: 'Voye lajan?' } }], "INTAKE.FORM_LABEL_MISSING (validation): Question 1 (\"sends-remittances\") needs a label in the centre's first language (es)."],
    ['an option without the first language', null, [{ ...route, options: [{ id: 'bus', labels: { fr: 'Bus' } }] }], "INTAKE.FORM_LABEL_MISSING (validation): Option \"bus\" of question 1 (\"arrival-route\") needs a label in the centre's first language (es)."],
    ['help without the first language', null, [{ ...remittances, help: { en: 'Ask gently' } }], "INTAKE.FORM_LABEL_MISSING (validation): The help of question 1 (\"sends-remittances\") needs a label in the centre's first language (es)."],
    ['a label in a language the centre does not serve', null, [{ ...remittances, labels: { es: '¿Remesas?', mam: 'X' } }], "INTAKE.FORM_LANGUAGE_NOT_SERVED (validation): Question 1 (\"sends-remittances\") has a label in \"mam\", which is not one of the centre's languages (es, ht, fr, en)."],
    ['an id changing type in place', reviseForm(null, [remittances], context()), [{ ...remittances, type: 'text' }], 'INTAKE.FORM_QUESTION_TYPE_CHANGED (validation): Question 1 ("sends-remittances") was a boolean question in an earlier version; give a question of another type a new id.'],
    ['a removed id re-added as another type', reviseForm(reviseForm(null, [remittances], context()), [], context()), [{ ...comment, id: 'sends-remittances' }], 'INTAKE.FORM_QUESTION_TYPE_CHANGED (validation): Question 1 ("sends-remittances") was a boolean question in an earlier version; give a question of another type a new id.'],
  ])('refuses %s', (_label, current, questions, expected) => {
    expect(codeOf(() => reviseForm(current, questions, context()))).toBe(expected);
  });
});

describe('validateAnswers', () => {
  const form = reviseForm(reviseForm(null, [remittances], context()), [route, remittances, arrivedOn, people, skills, comment], context());

  it('stores valid answers with the version they were checked against, text trimmed, unanswered questions left out', () => {
    const clean = validateAnswers(form, {
      formVersion: 2,
      values: { 'arrival-route': 'train', 'sends-remittances': false, 'people-in-room': 0, skills: ['welding'], comment: '  Llegó con su hermana ', 'arrived-on': null },
    });
    expect(clean).toEqual({
      ok: true,
      answers: { formVersion: 2, values: { 'arrival-route': 'train', 'sends-remittances': false, 'people-in-room': 0, skills: ['welding'], comment: 'Llegó con su hermana' } },
    });
  });

  it('tells the current version when answers were given against another', () => {
    expect(validateAnswers(form, { formVersion: 1, values: { 'sends-remittances': true } })).toEqual({
      ok: false,
      errors: [{ field: 'body.answers.formVersion', message: "must be the centre's current form version, 2: reload the form" }],
    });
  });

  it('reports every missing, mistyped, unknown or out-of-list answer at once', () => {
    const result = validateAnswers(form, {
      formVersion: 2,
      values: { 'arrival-route': 'plane', 'sends-remittances': 'yes', 'arrived-on': '2026-13-01', 'people-in-room': '6', skills: ['welding', 'welding'], comment: 'a\u202Eb', 'favourite-colour': 'blue', 'Name: Rosa': 'x' },
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        // Once, naming no key: the keys are the client's text (a slug such as "maria-lopez" can be a name).
        { field: 'body.answers.values', message: 'holds answers to questions this form does not ask' },
        { field: 'body.answers.values.arrival-route', message: 'must be one of: train, bus' },
        { field: 'body.answers.values.sends-remittances', message: 'must be true or false' },
        { field: 'body.answers.values.arrived-on', message: 'must be a date such as "2026-03-31"' },
        { field: 'body.answers.values.people-in-room', message: 'must be a number' },
        { field: 'body.answers.values.skills', message: 'lists an option twice' },
        { field: 'body.answers.values.comment', message: 'must not contain control, zero-width or text-direction characters' },
      ],
    });
    expect(JSON.stringify(result)).not.toContain('Rosa');
    expect(validateAnswers(form, { formVersion: 2, values: { 'arrival-route': '  ', skills: ['sewing'] } })).toEqual({
      ok: false,
      errors: [
        { field: 'body.answers.values.arrival-route', message: 'is required' },
        { field: 'body.answers.values.skills', message: 'must be a list of: welding, cooking' },
      ],
    });
  });

  it('asks for the required answers when none were sent, and needs nothing from a form without required questions', () => {
    expect(validateAnswers(form, undefined, 'body.centreAnswers')).toEqual({ ok: false, errors: [{ field: 'body.centreAnswers.values.arrival-route', message: 'is required' }] });
    const optional = reviseForm(null, [remittances], context());
    expect(validateAnswers(optional, undefined)).toEqual({ ok: true, answers: null });
    expect(validateAnswers(optional, { formVersion: 1, values: {} })).toEqual({ ok: true, answers: { formVersion: 1, values: {} } });
  });

  it('treats a centre without a form as version 0 with no questions', () => {
    expect(validateAnswers(null, undefined)).toEqual({ ok: true, answers: null });
    expect(validateAnswers(null, { formVersion: 0, values: {} })).toEqual({ ok: true, answers: null });
    expect(validateAnswers(null, { formVersion: 3, values: {} })).toEqual({
      ok: false,
      errors: [{ field: 'body.answers.formVersion', message: "must be the centre's current form version, 0: reload the form" }],
    });
  });
});
