import { CENTRE_STAFF_ROLES } from '@corredor/contracts';
import { definePolicy } from '@corredor/service-kit';

const EVERYONE = CENTRE_STAFF_ROLES;
const REFERRERS = ['coordinator', 'promoter', 'lawyer'] as const;
const COORDINATORS = ['coordinator'] as const;

/**
 * Who may do what in referrals, in one table. Every member of staff consults the directory and a
 * case's referrals; interpreters do not refer, nor record what came of a referral; only
 * coordinators keep the directory and refer to a partner without a signed agreement (a
 * data-dependent rule: the route admits every referrer, the domain asks the table). Operators and network analysts have no staff role, so nothing here admits
 * them: they never see people's data (the partner directory seed is theirs, outside this table).
 */
export const referralPolicy = definePolicy({
  'partner.read': EVERYONE,
  'partner.write': COORDINATORS,
  'referral.read': EVERYONE,
  'referral.make': REFERRERS,
  /** Recording what came of a referral is part of referring. */
  'referral.record-outcome': REFERRERS,
  'referral.make-without-agreement': COORDINATORS,
});

export type ReferralAction = keyof typeof referralPolicy.table;
