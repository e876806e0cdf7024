import type { RiskFlag, RiskLevel, RiskScreen } from './intake-api.types';

/**
 * Labels for the risk flags the intake service raises (services/intake/src/interview/risk-rules.domain.ts),
 * by code. The API types a flag as a string, so a code added there and not here is shown by its
 * screen ("another indicator of ..."), never as a raw code.
 */
export const FLAG_LABELS = {
  'child-protection.out-of-school': 'flags.child-protection.out-of-school',
  'child-protection.child-labour': 'flags.child-protection.child-labour',
  'child-protection.hazardous-work': 'flags.child-protection.hazardous-work',
  'child-protection.working-adolescent': 'flags.child-protection.working-adolescent',
  'child-protection.begging': 'flags.child-protection.begging',
  'child-protection.separated-child': 'flags.child-protection.separated-child',
  'child-protection.unaccompanied-minor': 'flags.child-protection.unaccompanied-minor',
  'gender-based-violence.violence-experienced': 'flags.gender-based-violence.violence-experienced',
  'gender-based-violence.at-workplace': 'flags.gender-based-violence.at-workplace',
  'gender-based-violence.unsafe-now': 'flags.gender-based-violence.unsafe-now',
  'gender-based-violence.wants-specialised-support': 'flags.gender-based-violence.wants-specialised-support',
  'trafficking.documents-withheld': 'flags.trafficking.documents-withheld',
  'trafficking.debt-bondage': 'flags.trafficking.debt-bondage',
  'trafficking.movement-restricted': 'flags.trafficking.movement-restricted',
  'trafficking.threats': 'flags.trafficking.threats',
  'trafficking.threat-of-denunciation': 'flags.trafficking.threat-of-denunciation',
  'trafficking.physical-abuse': 'flags.trafficking.physical-abuse',
  'trafficking.sexual-abuse': 'flags.trafficking.sexual-abuse',
  'trafficking.psychoactive-substances': 'flags.trafficking.psychoactive-substances',
  'trafficking.necessities-withheld': 'flags.trafficking.necessities-withheld',
  'trafficking.uses-children': 'flags.trafficking.uses-children',
  'trafficking.psychological-abuse': 'flags.trafficking.psychological-abuse',
  'trafficking.earnings-taken': 'flags.trafficking.earnings-taken',
  'trafficking.wages-withheld': 'flags.trafficking.wages-withheld',
  'trafficking.financial-access-restricted': 'flags.trafficking.financial-access-restricted',
  'trafficking.false-promises': 'flags.trafficking.false-promises',
  'trafficking.changed-conditions': 'flags.trafficking.changed-conditions',
  'trafficking.excessive-hours': 'flags.trafficking.excessive-hours',
  'trafficking.medical-care-restricted': 'flags.trafficking.medical-care-restricted',
  'trafficking.isolation': 'flags.trafficking.isolation',
  'trafficking.other-control': 'flags.trafficking.other-control',
  'trafficking.multiple-indicators': 'flags.trafficking.multiple-indicators',
  'trafficking.debt-to-recruiter': 'flags.trafficking.debt-to-recruiter',
  'trafficking.unpaid-work': 'flags.trafficking.unpaid-work',
  'urgent-needs.shelter-tonight': 'flags.urgent-needs.shelter-tonight',
  'urgent-needs.medical-urgent': 'flags.urgent-needs.medical-urgent',
  'urgent-needs.safety-threat': 'flags.urgent-needs.safety-threat',
  'urgent-needs.food': 'flags.urgent-needs.food',
  'urgent-needs.medication': 'flags.urgent-needs.medication',
} as const;
export type FlagLabelKey = (typeof FLAG_LABELS)[keyof typeof FLAG_LABELS];

export const SCREEN_LABELS = {
  'child-protection': 'screen.child-protection',
  'gender-based-violence': 'screen.gender-based-violence',
  'trafficking-forced-labour': 'screen.trafficking-forced-labour',
  'urgent-basic-needs': 'screen.urgent-basic-needs',
} as const satisfies Record<RiskScreen, string>;


const RANK: Record<RiskLevel, number> = { high: 0, medium: 1, low: 2 };

/** The flag's own label, or null for a code this app does not know yet (then its screen names it). */
export function flagLabelKey(flag: string): FlagLabelKey | null {
  return Object.hasOwn(FLAG_LABELS, flag) ? FLAG_LABELS[flag as keyof typeof FLAG_LABELS] : null;
}

/** The flags, most serious first (in the API's order within a level). */
export function bySeverity<T extends Pick<RiskFlag, 'level'>>(flags: readonly T[]): T[] {
  return flags.map((flag, index) => ({ flag, index })).sort((a, b) => RANK[a.flag.level] - RANK[b.flag.level] || a.index - b.index).map(({ flag }) => flag);
}
