import type { CasePriority, RiskFlag, RiskLevel, RiskScreen } from '@corredor/contracts';
import { MINIMUM_WORKING_AGE, SCHOOL_AGE, type Child, type Interview } from './interview.schema';
import type { PersonDetails } from './person-details.schema';
import type { ScreenAnswer } from './text.schema';
import type { TraffickingControlMethod } from './screens.schema';

/** A risk flag with the rule's own sentence saying why: never an answer or anything the person said. */
export type AssessedFlag = RiskFlag & { reason: string };

export interface RiskInput {
  details: PersonDetails;
  interview: Interview;
  /** `YYYY-MM-DD` in the centre's time zone. */
  today: string;
}

export interface RiskRule {
  /** A stable code such as `trafficking.documents-withheld`. */
  flag: string;
  screen: RiskScreen;
  level: RiskLevel;
  /** Why the flag is raised, as a caseworker reads it; fixed per rule. */
  reason: string;
  applies(input: RiskInput): boolean;
}

const yes = (answer: ScreenAnswer): boolean => answer === 'yes';
const children = (input: RiskInput): readonly Child[] => input.interview.household.children;
const childProtection = (input: RiskInput) => input.interview.screens.childProtection;
const gbv = (input: RiskInput) => input.interview.screens.genderBasedViolence;
const trafficking = (input: RiskInput) => input.interview.screens.traffickingForcedLabour;
const urgent = (input: RiskInput) => input.interview.screens.urgentBasicNeeds;

/** The oldest the person can be today: exact from a date of birth, from a year of birth they may not have had their birthday yet. */
function oldestPossibleAge(details: PersonDetails, today: string): number | null {
  const year = Number(today.slice(0, 4));
  if (details.dateOfBirth !== undefined) {
    const birthdayPassed = today.slice(5) >= details.dateOfBirth.slice(5);
    return year - Number(details.dateOfBirth.slice(0, 4)) - (birthdayPassed ? 0 : 1);
  }
  return details.yearOfBirth === undefined ? null : year - details.yearOfBirth;
}

/** Under 18 for certain; a person whose age is not known is not assumed to be a child. */
function isMinor(input: RiskInput): boolean {
  const oldest = oldestPossibleAge(input.details, input.today);
  return oldest !== null && oldest >= 0 && oldest < 18;
}

const schoolAge = (child: Child) => child.age >= SCHOOL_AGE.from && child.age <= SCHOOL_AGE.to;

const CHILD_PROTECTION_RULES: readonly RiskRule[] = [
  {
    flag: 'child-protection.out-of-school',
    screen: 'child-protection',
    level: 'medium',
    reason: `A child of school age (${SCHOOL_AGE.from} to ${SCHOOL_AGE.to}) is not in school.`,
    applies: (input) => children(input).some((child) => schoolAge(child) && (child.schooling === 'not-enrolled' || child.schooling === 'dropped-out')),
  },
  {
    flag: 'child-protection.child-labour',
    screen: 'child-protection',
    level: 'high',
    reason: `A child under ${MINIMUM_WORKING_AGE} works.`,
    applies: (input) => yes(childProtection(input).childLabour) || children(input).some((child) => child.works && child.age < MINIMUM_WORKING_AGE),
  },
  {
    flag: 'child-protection.hazardous-work',
    screen: 'child-protection',
    level: 'high',
    reason: `An adolescent of ${MINIMUM_WORKING_AGE} to 17 does hazardous work.`,
    applies: (input) => yes(childProtection(input).hazardousWorkAdolescent),
  },
  {
    flag: 'child-protection.working-adolescent',
    screen: 'child-protection',
    level: 'low',
    reason: `An adolescent of ${MINIMUM_WORKING_AGE} to 17 works: check that the work is allowed for their age.`,
    applies: (input) => children(input).some((child) => child.works && child.age >= MINIMUM_WORKING_AGE),
  },
  {
    flag: 'child-protection.begging',
    screen: 'child-protection',
    level: 'high',
    reason: 'A child begs or is made to beg.',
    applies: (input) => yes(childProtection(input).begging),
  },
  {
    flag: 'child-protection.separated-child',
    screen: 'child-protection',
    level: 'high',
    reason: 'A child is not with a parent or legal guardian.',
    applies: (input) => yes(childProtection(input).unaccompaniedOrSeparated) || children(input).some((child) => child.separated),
  },
  {
    flag: 'child-protection.unaccompanied-minor',
    screen: 'child-protection',
    level: 'high',
    reason: 'The person interviewed is under 18 and travels without family.',
    applies: (input) => isMinor(input) && input.interview.household.travelsWith !== 'with-family',
  },
];

const GENDER_BASED_VIOLENCE_RULES: readonly RiskRule[] = [
  {
    flag: 'gender-based-violence.violence-experienced',
    screen: 'gender-based-violence',
    level: 'medium',
    reason: 'The person has experienced gender-based violence.',
    applies: (input) => yes(gbv(input).violenceExperienced),
  },
  {
    flag: 'gender-based-violence.at-workplace',
    screen: 'gender-based-violence',
    level: 'medium',
    reason: 'The person has experienced gender-based violence at work.',
    applies: (input) => yes(gbv(input).atWorkplace),
  },
  {
    flag: 'gender-based-violence.unsafe-now',
    screen: 'gender-based-violence',
    level: 'high',
    reason: 'The person does not feel safe now.',
    applies: (input) => yes(gbv(input).feelsUnsafeNow),
  },
  {
    flag: 'gender-based-violence.wants-specialised-support',
    screen: 'gender-based-violence',
    level: 'low',
    reason: 'The person wants specialised support for gender-based violence.',
    applies: (input) => yes(gbv(input).wantsSpecialisedSupport),
  },
];

/** What each method of control raises: every method is an indicator, the coercive ones high. */
export const CONTROL_METHOD_FLAGS: Readonly<Record<TraffickingControlMethod, { flag: string; level: RiskLevel; reason: string }>> = {
  'withholds-documents': { flag: 'trafficking.documents-withheld', level: 'high', reason: "Someone (an employer, a recruiter) keeps the person's identity documents." },
  'debt-bondage': { flag: 'trafficking.debt-bondage', level: 'high', reason: 'The person works to pay off a debt they cannot control.' },
  'restricts-movement': { flag: 'trafficking.movement-restricted', level: 'high', reason: "The person's freedom to move or leave is restricted." },
  threats: { flag: 'trafficking.threats', level: 'high', reason: 'The person is threatened.' },
  'threat-of-law-enforcement': { flag: 'trafficking.threat-of-denunciation', level: 'high', reason: 'The person is threatened with the police or immigration authorities.' },
  'physical-abuse': { flag: 'trafficking.physical-abuse', level: 'high', reason: 'The person is physically abused.' },
  'sexual-abuse': { flag: 'trafficking.sexual-abuse', level: 'high', reason: 'The person is sexually abused.' },
  'psychoactive-substances': { flag: 'trafficking.psychoactive-substances', level: 'high', reason: 'The person is controlled through drugs or alcohol.' },
  'withholds-necessities': { flag: 'trafficking.necessities-withheld', level: 'high', reason: 'Food, water, sleep or other necessities are withheld from the person.' },
  'uses-children': { flag: 'trafficking.uses-children', level: 'high', reason: "The person is controlled through their children or others' children." },
  'psychological-abuse': { flag: 'trafficking.psychological-abuse', level: 'medium', reason: 'The person is psychologically abused.' },
  'takes-earnings': { flag: 'trafficking.earnings-taken', level: 'medium', reason: "Someone takes the person's earnings." },
  'withholds-wages': { flag: 'trafficking.wages-withheld', level: 'medium', reason: "The person's wages are held back." },
  'restricts-financial-access': { flag: 'trafficking.financial-access-restricted', level: 'medium', reason: "The person's access to their money or bank account is restricted." },
  'false-promises': { flag: 'trafficking.false-promises', level: 'medium', reason: 'The person was recruited with false promises.' },
  'changed-conditions': { flag: 'trafficking.changed-conditions', level: 'medium', reason: 'The job conditions changed after the person accepted the job.' },
  'excessive-working-hours': { flag: 'trafficking.excessive-hours', level: 'medium', reason: 'The person is made to work excessive hours.' },
  'restricts-medical-care': { flag: 'trafficking.medical-care-restricted', level: 'medium', reason: "The person's access to medical care is restricted." },
  isolation: { flag: 'trafficking.isolation', level: 'medium', reason: 'The person is kept isolated from others.' },
  other: { flag: 'trafficking.other-control', level: 'medium', reason: 'Another method of control is used on the person.' },
};

const TRAFFICKING_RULES: readonly RiskRule[] = [
  ...(Object.entries(CONTROL_METHOD_FLAGS) as Array<[TraffickingControlMethod, (typeof CONTROL_METHOD_FLAGS)[TraffickingControlMethod]]>).map(
    ([method, rule]): RiskRule => ({
      ...rule,
      screen: 'trafficking-forced-labour',
      applies: (input) => trafficking(input).methodsOfControl.includes(method),
    }),
  ),
  {
    flag: 'trafficking.multiple-indicators',
    screen: 'trafficking-forced-labour',
    level: 'high',
    reason: 'Two or more methods of control are used together.',
    applies: (input) => trafficking(input).methodsOfControl.length >= 2,
  },
  {
    flag: 'trafficking.debt-to-recruiter',
    screen: 'trafficking-forced-labour',
    level: 'medium',
    reason: 'The person owes a debt to a recruiter.',
    applies: (input) => yes(trafficking(input).debtToRecruiter),
  },
  {
    flag: 'trafficking.unpaid-work',
    screen: 'trafficking-forced-labour',
    level: 'medium',
    reason: 'The person has worked without being paid.',
    applies: (input) => yes(trafficking(input).unpaidWork),
  },
];

const URGENT_BASIC_NEEDS_RULES: readonly RiskRule[] = [
  { flag: 'urgent-needs.shelter-tonight', screen: 'urgent-basic-needs', level: 'high', reason: 'The person has nowhere safe to sleep tonight.', applies: (input) => yes(urgent(input).shelterTonight) },
  { flag: 'urgent-needs.medical-urgent', screen: 'urgent-basic-needs', level: 'high', reason: 'The person needs urgent medical care.', applies: (input) => yes(urgent(input).medicalUrgent) },
  { flag: 'urgent-needs.safety-threat', screen: 'urgent-basic-needs', level: 'high', reason: "The person's safety is threatened now.", applies: (input) => yes(urgent(input).safetyThreat) },
  { flag: 'urgent-needs.food', screen: 'urgent-basic-needs', level: 'medium', reason: 'The person needs food.', applies: (input) => yes(urgent(input).food) },
  { flag: 'urgent-needs.medication', screen: 'urgent-basic-needs', level: 'medium', reason: 'The person needs medication they cannot get.', applies: (input) => yes(urgent(input).medication) },
];

/**
 * Every rule, in the order flags are listed. A card about to expire is not here: the four screens
 * are fixed in the contracts, and a renewal is a task on the case, not a protection risk.
 */
export const RISK_RULES: readonly RiskRule[] = [...CHILD_PROTECTION_RULES, ...GENDER_BASED_VIOLENCE_RULES, ...TRAFFICKING_RULES, ...URGENT_BASIC_NEEDS_RULES];

const RANK: Record<RiskLevel, number> = { low: 0, medium: 1, high: 2 };

/**
 * The risk flags an interview raises: each rule that applies gives its flag once (if two rules
 * give the same flag, the higher level stays), in the table's order. Pure.
 */
export function assessRisk(details: PersonDetails, interview: Interview, context: { today: string }, rules: readonly RiskRule[] = RISK_RULES): AssessedFlag[] {
  const input: RiskInput = { details, interview, today: context.today };
  const raised = new Map<string, AssessedFlag>();
  for (const rule of rules) {
    if (!rule.applies(input)) continue;
    const held = raised.get(rule.flag);
    if (held === undefined || RANK[rule.level] > RANK[held.level]) {
      raised.set(rule.flag, { screen: rule.screen, flag: rule.flag, level: rule.level, reason: rule.reason });
    }
  }
  return [...raised.values()];
}

/** How urgently the case is handled: its highest medium or high flag; low flags alone leave it normal. */
export function priorityOf(flags: ReadonlyArray<Pick<RiskFlag, 'level'>>): CasePriority {
  if (flags.some((flag) => flag.level === 'high')) return 'high';
  if (flags.some((flag) => flag.level === 'medium')) return 'medium';
  return 'normal';
}
