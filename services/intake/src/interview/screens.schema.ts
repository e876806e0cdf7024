import { z } from 'zod';
import { noRepeats, oneOf, screenAnswerSchema, whenListParsed, whenValid, type IssueSink } from './text.schema';

/**
 * Methods of control, as the Human Trafficking Case Data Standard (HTCDS, IOM; field
 * vic_MethodsOfControl) names them, in kebab case: DebtBondage → debt-bondage. The last three are
 * Corredor's own, for what the labour-rights centres see most and HTCDS does not name apart:
 * job conditions changed after the person accepted, wages held back, isolation.
 */
export const TRAFFICKING_CONTROL_METHODS = [
  'debt-bondage',
  'takes-earnings',
  'restricts-financial-access',
  'threats',
  'psychological-abuse',
  'physical-abuse',
  'sexual-abuse',
  'false-promises',
  'psychoactive-substances',
  'restricts-movement',
  'restricts-medical-care',
  'excessive-working-hours',
  'uses-children',
  'threat-of-law-enforcement',
  'withholds-necessities',
  'withholds-documents',
  'other',
  'changed-conditions',
  'withholds-wages',
  'isolation',
] as const;
export type TraffickingControlMethod = (typeof TRAFFICKING_CONTROL_METHODS)[number];

/** Who exercises that control. */
export const CONTROLLERS = ['employer', 'recruiter', 'other'] as const;
export type Controller = (typeof CONTROLLERS)[number];

export const childProtectionScreenSchema = z.strictObject({
  /** A child under 15 in the household works. */
  childLabour: screenAnswerSchema,
  /** An adolescent of 15 to 17 does work that is dangerous for them. */
  hazardousWorkAdolescent: screenAnswerSchema,
  /** A child begs, or is made to. */
  begging: screenAnswerSchema,
  /** A child is not with a parent or legal guardian. */
  unaccompaniedOrSeparated: screenAnswerSchema,
});

export const genderBasedViolenceScreenSchema = z.strictObject({
  violenceExperienced: screenAnswerSchema,
  atWorkplace: screenAnswerSchema,
  feelsUnsafeNow: screenAnswerSchema,
  wantsSpecialisedSupport: screenAnswerSchema,
});

export const traffickingScreenSchema = z
  .strictObject({
    methodsOfControl: z
      .array(oneOf(TRAFFICKING_CONTROL_METHODS))
      .max(TRAFFICKING_CONTROL_METHODS.length)
      .superRefine(noRepeats((method) => method, 'this method of control is already listed'), whenListParsed)
      .default([]),
    /** Who exercises the control listed; empty when none is. */
    controlledBy: z
      .array(oneOf(CONTROLLERS))
      .max(CONTROLLERS.length)
      .superRefine(noRepeats((who) => who, 'already listed'), whenListParsed)
      .default([]),
    debtToRecruiter: screenAnswerSchema,
    unpaidWork: screenAnswerSchema,
  })
  .superRefine(
    (screen, ctx: IssueSink) => {
      if (screen.controlledBy.length > 0 && screen.methodsOfControl.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['controlledBy'], message: 'is recorded only with at least one method of control' });
      }
    },
    whenValid(['methodsOfControl', 'controlledBy']),
  );

export const urgentBasicNeedsScreenSchema = z.strictObject({
  /** Has nowhere safe to sleep tonight. */
  shelterTonight: screenAnswerSchema,
  food: screenAnswerSchema,
  medicalUrgent: screenAnswerSchema,
  /** Needs medication they cannot get. */
  medication: screenAnswerSchema,
  /** Someone threatens the person's safety now. */
  safetyThreat: screenAnswerSchema,
});

/** The four protection screens (DOMAIN.md, "The initial interview and risk screening"). */
export const screensSchema = z.strictObject({
  childProtection: childProtectionScreenSchema,
  genderBasedViolence: genderBasedViolenceScreenSchema,
  traffickingForcedLabour: traffickingScreenSchema,
  urgentBasicNeeds: urgentBasicNeedsScreenSchema,
});
export type Screens = z.infer<typeof screensSchema>;
