export { reviseForm, validateAnswers, type AnswerValue, type FieldError, type IntakeForm, type IntakeQuestion, type Labels, type ReviseContext, type StoredAnswers } from './intake-form.domain';
export { intakeFormPolicy } from './intake-form-policy';
export type { IntakeFormRepository } from './intake-form.repository';
export { MemoryIntakeFormRepository } from './intake-form.repository.memory';
export { MongoIntakeFormRepository } from './intake-form.repository.mongo';
export { intakeFormRoutes, type IntakeFormRouteDeps } from './intake-form.routes';
export {
  intakeAnswersSchema,
  QUESTION_TYPES,
  questionInputSchema,
  reviseIntakeFormBody,
  type IntakeAnswersInput,
  type QuestionInput,
  type QuestionType,
  type ReviseIntakeFormBody,
} from './intake-form.schema';
export { intakeFormView, toIntakeFormView, type IntakeFormView } from './intake-form.view';
export { reviseIntakeForm, type ReviseIntakeFormDeps } from './revise-intake-form.use-case';
