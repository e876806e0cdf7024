import { riskFlagSchema, type RiskLevel } from '@corredor/contracts';
import { interviewSchema, type InterviewInput } from './interview.schema';
import { personDetailsSchema, type PersonDetailsInput } from './person-details.schema';
import { assessRisk, priorityOf, RISK_RULES, type AssessedFlag, type RiskRule } from './risk-rules.domain';
import { TRAFFICKING_CONTROL_METHODS, type Screens, type TraffickingControlMethod } from './screens.schema';

const TODAY = '2026-11-23';

type ChildInput = { age: number; schooling: 'in-school' | 'not-enrolled' | 'dropped-out' | 'not-school-age'; works?: boolean; separated?: boolean };

/** What a case changes from a calm interview (nothing flagged): the rest stays as it was. */
interface Scenario {
  person?: Partial<PersonDetailsInput>;
  travelsWith?: 'alone' | 'with-family' | 'with-others';
  children?: ChildInput[];
  childProtection?: Partial<Screens['childProtection']>;
  genderBasedViolence?: Partial<Screens['genderBasedViolence']>;
  trafficking?: { methodsOfControl?: TraffickingControlMethod[]; controlledBy?: Array<'employer' | 'recruiter' | 'other'>; debtToRecruiter?: 'yes' | 'no' | 'unknown'; unpaidWork?: 'yes' | 'no' | 'unknown' };
  urgentBasicNeeds?: Partial<Screens['urgentBasicNeeds']>;
}

function person(patch: Partial<PersonDetailsInput> = {}) {
  return personDetailsSchema.parse({
    alias: 'Marie',
    sex: 'female',
    yearOfBirth: 1994,
    nationalities: ['HT'],
    languages: ['ht', 'fr'],
    preferredLanguage: 'ht',
    needsInterpreter: true,
    ...patch,
  });
}

function interviewInput(s: Scenario): InterviewInput {
  const children = (s.children ?? []).map((child) => ({ works: false, separated: false, ...child }));
  return {
    migratorySituation: { status: 'tvrh', cardExpiresOn: '2027-05-01' },
    work: { sector: 'construction', employmentStatus: 'employed', hasContract: false },
    household: { travelsWith: s.travelsWith ?? (children.length > 0 ? 'with-family' : 'alone'), adults: 0, children },
    needs: ['labour-rights'],
    screens: {
      childProtection: { childLabour: 'no', hazardousWorkAdolescent: 'no', begging: 'no', unaccompaniedOrSeparated: 'no', ...s.childProtection },
      genderBasedViolence: { violenceExperienced: 'no', atWorkplace: 'no', feelsUnsafeNow: 'no', wantsSpecialisedSupport: 'no', ...s.genderBasedViolence },
      traffickingForcedLabour: { methodsOfControl: [], controlledBy: [], debtToRecruiter: 'no', unpaidWork: 'no', ...s.trafficking },
      urgentBasicNeeds: { shelterTonight: 'no', food: 'no', medicalUrgent: 'no', medication: 'no', safetyThreat: 'no', ...s.urgentBasicNeeds },
    },
  };
}

function assess(s: Scenario = {}): AssessedFlag[] {
  return assessRisk(person(s.person), interviewSchema.parse(interviewInput(s)), { today: TODAY });
}

interface RuleCase {
  flag: string;
  level: RiskLevel;
  fires: Array<[string, Scenario]>;
  quiet: Array<[string, Scenario]>;
}

const method = (m: TraffickingControlMethod): Scenario => ({ trafficking: { methodsOfControl: [m], controlledBy: ['employer'] } });
const otherMethod = (m: TraffickingControlMethod): TraffickingControlMethod => (m === 'threats' ? 'isolation' : 'threats');

/** Each method of control on its own raises its flag, and only when that method is the one listed. */
const METHOD_LEVELS: Record<TraffickingControlMethod, [string, RiskLevel]> = {
  'withholds-documents': ['trafficking.documents-withheld', 'high'],
  'debt-bondage': ['trafficking.debt-bondage', 'high'],
  'restricts-movement': ['trafficking.movement-restricted', 'high'],
  threats: ['trafficking.threats', 'high'],
  'threat-of-law-enforcement': ['trafficking.threat-of-denunciation', 'high'],
  'physical-abuse': ['trafficking.physical-abuse', 'high'],
  'sexual-abuse': ['trafficking.sexual-abuse', 'high'],
  'psychoactive-substances': ['trafficking.psychoactive-substances', 'high'],
  'withholds-necessities': ['trafficking.necessities-withheld', 'high'],
  'uses-children': ['trafficking.uses-children', 'high'],
  'psychological-abuse': ['trafficking.psychological-abuse', 'medium'],
  'takes-earnings': ['trafficking.earnings-taken', 'medium'],
  'withholds-wages': ['trafficking.wages-withheld', 'medium'],
  'restricts-financial-access': ['trafficking.financial-access-restricted', 'medium'],
  'false-promises': ['trafficking.false-promises', 'medium'],
  'changed-conditions': ['trafficking.changed-conditions', 'medium'],
  'excessive-working-hours': ['trafficking.excessive-hours', 'medium'],
  'restricts-medical-care': ['trafficking.medical-care-restricted', 'medium'],
  isolation: ['trafficking.isolation', 'medium'],
  other: ['trafficking.other-control', 'medium'],
};

const CASES: RuleCase[] = [
  {
    flag: 'child-protection.out-of-school',
    level: 'medium',
    fires: [
      ['a child of 10 not enrolled', { children: [{ age: 10, schooling: 'not-enrolled' }] }],
      ['a child of 6 not enrolled', { children: [{ age: 6, schooling: 'not-enrolled' }] }],
      ['a child of 15 who dropped out', { children: [{ age: 15, schooling: 'dropped-out' }] }],
    ],
    quiet: [
      ['a child of 10 in school', { children: [{ age: 10, schooling: 'in-school' }] }],
      ['a child of 4, not of school age', { children: [{ age: 4, schooling: 'not-school-age' }] }],
      ['a 16-year-old who dropped out (past compulsory school age)', { children: [{ age: 16, schooling: 'dropped-out' }] }],
    ],
  },
  {
    flag: 'child-protection.child-labour',
    level: 'high',
    fires: [
      ['the screen says a child works', { childProtection: { childLabour: 'yes' } }],
      ['a child of 12 listed as working', { childProtection: { childLabour: 'unknown' }, children: [{ age: 12, schooling: 'in-school', works: true }] }],
    ],
    quiet: [
      ['the answer is not known', { childProtection: { childLabour: 'unknown' } }],
      ['a 15-year-old works (the legal minimum age)', { children: [{ age: 15, schooling: 'in-school', works: true }] }],
    ],
  },
  {
    flag: 'child-protection.hazardous-work',
    level: 'high',
    fires: [['the screen says an adolescent does hazardous work', { childProtection: { hazardousWorkAdolescent: 'yes' } }]],
    quiet: [
      ['the answer is not known', { childProtection: { hazardousWorkAdolescent: 'unknown' } }],
      ['a 16-year-old works, not hazardous', { children: [{ age: 16, schooling: 'in-school', works: true }] }],
    ],
  },
  {
    flag: 'child-protection.working-adolescent',
    level: 'low',
    fires: [['a 16-year-old works', { children: [{ age: 16, schooling: 'in-school', works: true }] }]],
    quiet: [
      ['a 16-year-old does not work', { children: [{ age: 16, schooling: 'in-school' }] }],
      ['a 12-year-old works (child labour instead)', { childProtection: { childLabour: 'yes' }, children: [{ age: 12, schooling: 'in-school', works: true }] }],
    ],
  },
  {
    flag: 'child-protection.begging',
    level: 'high',
    fires: [['a child begs', { childProtection: { begging: 'yes' } }]],
    quiet: [['not known', { childProtection: { begging: 'unknown' } }]],
  },
  {
    flag: 'child-protection.separated-child',
    level: 'high',
    fires: [
      ['the screen says a child is separated', { childProtection: { unaccompaniedOrSeparated: 'yes' } }],
      ['a child listed as separated', { childProtection: { unaccompaniedOrSeparated: 'unknown' }, travelsWith: 'with-others', children: [{ age: 9, schooling: 'in-school', separated: true }] }],
    ],
    quiet: [
      ['children with their parent', { children: [{ age: 9, schooling: 'in-school' }] }],
      ['not known', { childProtection: { unaccompaniedOrSeparated: 'unknown' } }],
    ],
  },
  {
    flag: 'child-protection.unaccompanied-minor',
    level: 'high',
    fires: [
      ['born in 2010, travelling alone', { person: { yearOfBirth: 2010 } }],
      ['17 today by date of birth, travelling with others', { person: { yearOfBirth: undefined, dateOfBirth: '2008-11-24' }, travelsWith: 'with-others', }],
    ],
    quiet: [
      ['born in 2010, travelling with family', { person: { yearOfBirth: 2010 }, travelsWith: 'with-family' }],
      ['18 today by date of birth, alone', { person: { yearOfBirth: undefined, dateOfBirth: '2008-11-23' } }],
      ['born in 2008: may already be 18', { person: { yearOfBirth: 2008 } }],
      ['age not known', { person: { yearOfBirth: undefined } }],
    ],
  },
  {
    flag: 'gender-based-violence.violence-experienced',
    level: 'medium',
    fires: [['violence experienced', { genderBasedViolence: { violenceExperienced: 'yes' } }]],
    quiet: [['not known', { genderBasedViolence: { violenceExperienced: 'unknown' } }]],
  },
  {
    flag: 'gender-based-violence.at-workplace',
    level: 'medium',
    fires: [['violence at work', { genderBasedViolence: { violenceExperienced: 'yes', atWorkplace: 'yes' } }]],
    quiet: [['violence, not at work', { genderBasedViolence: { violenceExperienced: 'yes', atWorkplace: 'no' } }]],
  },
  {
    flag: 'gender-based-violence.unsafe-now',
    level: 'high',
    fires: [['feels unsafe now', { genderBasedViolence: { feelsUnsafeNow: 'yes' } }]],
    quiet: [['not known', { genderBasedViolence: { feelsUnsafeNow: 'unknown' } }]],
  },
  {
    flag: 'gender-based-violence.wants-specialised-support',
    level: 'low',
    fires: [['wants specialised support', { genderBasedViolence: { wantsSpecialisedSupport: 'yes' } }]],
    quiet: [['does not', { genderBasedViolence: { wantsSpecialisedSupport: 'no' } }]],
  },
  ...TRAFFICKING_CONTROL_METHODS.map(
    (m): RuleCase => ({
      flag: METHOD_LEVELS[m][0],
      level: METHOD_LEVELS[m][1],
      fires: [[`method of control: ${m}`, method(m)]],
      quiet: [[`another method only`, method(otherMethod(m))]],
    }),
  ),
  {
    flag: 'trafficking.multiple-indicators',
    level: 'high',
    fires: [['documents withheld and excessive hours', { trafficking: { methodsOfControl: ['withholds-documents', 'excessive-working-hours'], controlledBy: ['employer'] } }]],
    quiet: [['excessive hours alone', method('excessive-working-hours')]],
  },
  {
    flag: 'trafficking.debt-to-recruiter',
    level: 'medium',
    fires: [['owes a recruiter', { trafficking: { debtToRecruiter: 'yes' } }]],
    quiet: [['not known', { trafficking: { debtToRecruiter: 'unknown' } }]],
  },
  {
    flag: 'trafficking.unpaid-work',
    level: 'medium',
    fires: [['worked unpaid', { trafficking: { unpaidWork: 'yes' } }]],
    quiet: [['not known', { trafficking: { unpaidWork: 'unknown' } }]],
  },
  { flag: 'urgent-needs.shelter-tonight', level: 'high', fires: [['no shelter tonight', { urgentBasicNeeds: { shelterTonight: 'yes' } }]], quiet: [['has shelter', {}]] },
  { flag: 'urgent-needs.medical-urgent', level: 'high', fires: [['urgent medical need', { urgentBasicNeeds: { medicalUrgent: 'yes' } }]], quiet: [['not known', { urgentBasicNeeds: { medicalUrgent: 'unknown' } }]] },
  { flag: 'urgent-needs.safety-threat', level: 'high', fires: [['safety threatened', { urgentBasicNeeds: { safetyThreat: 'yes' } }]], quiet: [['not known', { urgentBasicNeeds: { safetyThreat: 'unknown' } }]] },
  { flag: 'urgent-needs.food', level: 'medium', fires: [['needs food', { urgentBasicNeeds: { food: 'yes' } }]], quiet: [['does not', {}]] },
  { flag: 'urgent-needs.medication', level: 'medium', fires: [['needs medication', { urgentBasicNeeds: { medication: 'yes' } }]], quiet: [['does not', {}]] },
];

describe('risk rules', () => {
  it('has a test case for every rule, and every flag code is a valid, unique flag', () => {
    expect(CASES.map((c) => c.flag).sort()).toEqual(RISK_RULES.map((rule) => rule.flag).sort());
    expect(new Set(RISK_RULES.map((rule) => rule.flag)).size).toBe(RISK_RULES.length);
    for (const rule of RISK_RULES) {
      expect(riskFlagSchema.safeParse({ screen: rule.screen, flag: rule.flag, level: rule.level }).success).toBe(true);
    }
  });

  it('raises nothing for a calm interview, and the case stays at normal priority', () => {
    const flags = assess();
    expect(flags).toEqual([]);
    expect(priorityOf(flags)).toBe('normal');
  });

  describe.each(CASES)('$flag', ({ flag, level, fires, quiet }) => {
    const rule = RISK_RULES.find((r) => r.flag === flag);

    it.each(fires)(`fires (${level}) when %s`, (_label, scenario) => {
      const raised = assess(scenario).find((f) => f.flag === flag);
      expect(raised).toEqual({ flag, level, screen: rule?.screen, reason: rule?.reason });
    });

    it.each(quiet)('does not fire when %s', (_label, scenario) => {
      expect(assess(scenario).map((f) => f.flag)).not.toContain(flag);
    });
  });
});

describe('assessRisk', () => {
  it('raises a flag once however many reasons point to it', () => {
    const flags = assess({
      childProtection: { childLabour: 'yes' },
      children: [
        { age: 8, schooling: 'not-enrolled', works: true },
        { age: 11, schooling: 'dropped-out', works: true },
      ],
    });
    expect(flags.map((f) => f.flag)).toEqual(['child-protection.out-of-school', 'child-protection.child-labour']);
  });

  it('keeps the higher level when two rules give the same flag, in the place of the first', () => {
    const always = (flag: string, level: RiskLevel): RiskRule => ({ flag, level, screen: 'urgent-basic-needs', reason: `${flag} ${level}`, applies: () => true });
    const rules = [always('urgent-needs.a', 'low'), always('urgent-needs.b', 'medium'), always('urgent-needs.a', 'high'), always('urgent-needs.a', 'medium')];
    expect(assessRisk(person(), interviewSchema.parse(interviewInput({})), { today: TODAY }, rules)).toEqual([
      { flag: 'urgent-needs.a', level: 'high', screen: 'urgent-basic-needs', reason: 'urgent-needs.a high' },
      { flag: 'urgent-needs.b', level: 'medium', screen: 'urgent-basic-needs', reason: 'urgent-needs.b medium' },
    ]);
  });

  it('documents withheld by an employer make a high-priority case, with the reason and no answer in the flag', () => {
    const details = person({ alias: 'Rosa Secreta', genderIdentity: 'self-described', genderSelfDescribed: 'muxe' });
    const input = interviewInput(method('withholds-documents'));
    const interview = interviewSchema.parse({ ...input, work: { ...input.work, employerName: 'Maquiladora del Norte' } });
    const flags = assessRisk(details, interview, { today: TODAY });
    expect(flags).toEqual([
      { screen: 'trafficking-forced-labour', flag: 'trafficking.documents-withheld', level: 'high', reason: "Someone (an employer, a recruiter) keeps the person's identity documents." },
    ]);
    expect(priorityOf(flags)).toBe('high');
    const text = JSON.stringify(flags);
    for (const answer of ['Rosa', 'muxe', 'Maquiladora']) expect(text).not.toContain(answer);
  });

  it('several methods of control together are a high indicator of their own', () => {
    const flags = assess({ trafficking: { methodsOfControl: ['changed-conditions', 'excessive-working-hours'], controlledBy: ['employer'] } });
    expect(flags.map((f) => [f.flag, f.level])).toEqual([
      ['trafficking.changed-conditions', 'medium'],
      ['trafficking.excessive-hours', 'medium'],
      ['trafficking.multiple-indicators', 'high'],
    ]);
  });
});

describe('priorityOf', () => {
  it.each([
    [[], 'normal'],
    [['low'], 'normal'],
    [['low', 'medium'], 'medium'],
    [['medium', 'high', 'low'], 'high'],
    [['high'], 'high'],
  ] as Array<[RiskLevel[], string]>)('%j → %s', (levels, priority) => {
    expect(priorityOf(levels.map((level) => ({ level })))).toBe(priority);
  });
});
