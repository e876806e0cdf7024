import { z } from 'zod';
import { referralStatusSchema } from '../casework';
import { defineEvent } from '../event-definition';
import { partnerServiceSchema } from '../partners';
import { TOPICS } from '../topics';

/**
 * A case was referred (channelled) to a partner organisation. Reporting counts referrals by need
 * and partner. Nothing personal: the partner is an organisation of the centre's directory (its name
 * is public), the case an id.
 */
export const referralMadeV1 = defineEvent({
  type: 'referral.made',
  version: 1,
  topic: TOPICS.referralEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    referralId: z.uuid(),
    caseId: z.uuid(),
    partnerId: z.uuid(),
    /** The organisation's name as the directory held it when the referral was made. */
    partnerName: z.string().min(1).max(200),
    need: partnerServiceSchema,
    madeAt: z.iso.datetime({ offset: true }),
  }),
});

/** What came of a referral (an outcome staff recorded, or the person's withdrawn consent). */
export const referralStatusChangedV1 = defineEvent({
  type: 'referral.status-changed',
  version: 1,
  topic: TOPICS.referralEvents,
  carriesPersonalData: false,
  schema: z.strictObject({
    referralId: z.uuid(),
    caseId: z.uuid(),
    from: referralStatusSchema,
    to: referralStatusSchema,
    changedAt: z.iso.datetime({ offset: true }),
  }),
});
