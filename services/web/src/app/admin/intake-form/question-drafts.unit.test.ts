import {
  draftsFromForm,
  moved,
  newOption,
  newQuestion,
  QUESTION_ERRORS,
  questionErrors,
  revisionBody,
  slugFrom,
  withLabel,
  withOptionLabel,
  withType,
  type IntakeForm,
  type QuestionDraft,
} from './question-drafts';

const languages = ['es', 'ht'];

const form: Pick<IntakeForm, 'questions' | 'languages'> = {
  languages,
  questions: [
    {
      id: 'arrival-route',
      type: 'single-choice',
      labels: { es: '¿Por dónde llegó?', ht: 'Ki wout ou te pran?' },
      required: true,
      options: [
        { id: 'tapachula', labels: { es: 'Tapachula' } },
        { id: 'other', labels: { es: 'Otra', ht: 'Lòt' } },
      ],
    },
    { id: 'union-member', type: 'boolean', labels: { es: '¿Es afiliada a un sindicato?' }, help: { es: 'Cualquier sindicato' }, required: false },
  ],
};

function question(overrides: Partial<QuestionDraft>): QuestionDraft {
  return { ...newQuestion(languages), ...overrides };
}

describe('the centre questions, from the service and back', () => {
  it('sends back the questions it was given unchanged, with the version they were edited from', () => {
    expect(revisionBody(draftsFromForm(form), 3)).toEqual({ expectedVersion: 3, questions: form.questions });
  });

  it('marks questions of the current version as saved, so their id and kind stay as they are', () => {
    const [first] = draftsFromForm(form);
    expect(first?.saved).toBe(true);
    expect(withType(first as QuestionDraft, 'text', languages)).toBe(first);
  });

  it('leaves out labels and help that were not written, and options of a question that is not a choice', () => {
    const draft = question({ id: 'age-at-arrival', type: 'number', labels: { es: ' Edad al llegar ', ht: '  ' }, help: { es: '', ht: '' } });
    expect(revisionBody([draft], 0).questions).toEqual([{ id: 'age-at-arrival', type: 'number', labels: { es: 'Edad al llegar' }, required: false }]);
  });

  it('keeps a label in a language the centre no longer serves, so the service can say so instead of it vanishing', () => {
    const [draft] = draftsFromForm({ languages: ['es'], questions: [{ id: 'a', type: 'text', labels: { es: 'A', fr: 'A fr' }, required: false }] });
    expect(revisionBody([draft as QuestionDraft], 1).questions[0]?.labels).toEqual({ es: 'A', fr: 'A fr' });
  });
});

describe('ids suggested from labels', () => {
  it('turns a label into an id the service accepts', () => {
    expect(slugFrom('¿Por dónde llegó?')).toBe('por-donde-llego');
    expect(slugFrom('Èske w gen pitit?')).toBe('eske-w-gen-pitit');
    expect(slugFrom('   ')).toBe('');
  });

  it('cuts a long label at a word, within 60 characters', () => {
    const slug = slugFrom('a very long question about the route the person took through every city of the corridor');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("follows a new question's first-language label until the id is typed by hand", () => {
    const typed = withLabel(question({}), 'es', 'Ciudad de origen', 'es');
    expect(typed.id).toBe('ciudad-de-origen');
    expect(withLabel(typed, 'ht', 'Vil orijin', 'es').id).toBe('ciudad-de-origen');
    expect(withLabel({ ...typed, id: 'origin', idEdited: true }, 'es', 'Ciudad natal', 'es').id).toBe('origin');
  });

  it('never changes the id of a saved question', () => {
    const [saved] = draftsFromForm(form);
    expect(withLabel(saved as QuestionDraft, 'es', 'Otra pregunta', 'es').id).toBe('arrival-route');
  });

  it("follows an option's label the same way", () => {
    expect(withOptionLabel(newOption(languages), 'es', 'Ciudad Juárez', 'es').id).toBe('ciudad-juarez');
  });
});

describe('changing the kind of a new question', () => {
  it('gives a choice question a first option and takes the options away from any other kind', () => {
    const choice = withType(question({}), 'multi-choice', languages);
    expect(choice.options).toHaveLength(1);
    expect(withType(choice, 'date', languages).options).toEqual([]);
    expect(revisionBody([withType(choice, 'date', languages)], 0).questions[0]).not.toHaveProperty('options');
  });
});

describe('moving questions', () => {
  it('moves up and down within the list and ignores moves past its ends', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});

describe('checks before sending, on the fields the service would name', () => {
  it('finds nothing wrong with the current version', () => {
    expect(questionErrors(draftsFromForm(form), languages)).toEqual({});
  });

  it("needs an id in the service's format, once per form", () => {
    const errors = questionErrors(
      [question({ id: 'ok', labels: { es: 'A', ht: '' } }), question({ id: 'Not OK', labels: { es: 'B', ht: '' } }), question({ id: 'ok', labels: { es: 'C', ht: '' } }), question({ labels: { es: 'D', ht: '' } })],
      languages,
    );
    expect(errors).toEqual({
      'questions.1.id': QUESTION_ERRORS.idFormat,
      'questions.2.id': QUESTION_ERRORS.idRepeated,
      'questions.3.id': QUESTION_ERRORS.idRequired,
    });
  });

  it("needs a label in the centre's first language, and none with hidden characters", () => {
    const errors = questionErrors([question({ id: 'a', labels: { es: '', ht: 'Kesyon\u202e' } })], languages);
    expect(errors).toEqual({ 'questions.0.labels.es': QUESTION_ERRORS.labelRequired, 'questions.0.labels.ht': QUESTION_ERRORS.hiddenCharacters });
  });

  it('refuses a label longer than the service keeps', () => {
    expect(questionErrors([question({ id: 'a', labels: { es: 'x'.repeat(301), ht: '' } })], languages)).toEqual({ 'questions.0.labels.es': QUESTION_ERRORS.tooLong });
  });

  it('needs at least one option on a choice question, each with its own id and a first-language label', () => {
    const noOptions = question({ id: 'a', type: 'single-choice', labels: { es: 'A', ht: '' }, options: [] });
    expect(questionErrors([noOptions], languages)).toEqual({ 'questions.0.options': QUESTION_ERRORS.optionsRequired });
    const repeated = {
      ...noOptions,
      options: [
        { ...newOption(languages), id: 'yes', labels: { es: 'Sí', ht: '' } },
        { ...newOption(languages), id: 'yes', labels: { es: '', ht: 'Wi' } },
      ],
    };
    expect(questionErrors([repeated], languages)).toEqual({
      'questions.0.options.1.id': QUESTION_ERRORS.optionIdRepeated,
      'questions.0.options.1.labels.es': QUESTION_ERRORS.labelRequired,
    });
  });

  it('refuses more questions than the service keeps', () => {
    const many = Array.from({ length: 51 }, (_, index) => question({ id: `q-${index}`, labels: { es: 'A', ht: '' } }));
    expect(questionErrors(many, languages)).toEqual({ questions: QUESTION_ERRORS.tooManyQuestions });
  });
});
