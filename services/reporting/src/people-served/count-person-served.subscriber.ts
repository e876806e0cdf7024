import { caseOpenedV2 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import type { StatisticsConsentRepository } from '../statistics-consents/statistics-consent';
import type { ServedPersonRepository } from './served-person.repository';

/** The latest version: the registry upcasts v1 openings (counted, their intake standing for the person). */
export const config: SubscriberConfig<typeof caseOpenedV2> = { group: 'reporting.people-served', event: caseOpenedV2 };

export const handler =
  (deps: { people: ServedPersonRepository; consents: StatisticsConsentRepository }): EventHandler<typeof caseOpenedV2> =>
  async (event) => {
    const { caseId, personId, openedAt, profile, countInStatistics } = event.data;
    // The person did not agree to be counted: reporting keeps nothing of the case.
    if (!countInStatistics) return;
    const tenant = event.tenantid;
    if (await deps.consents.isWithdrawn(tenant, personId)) return;
    await deps.people.record({
      id: caseId,
      tenant,
      personId,
      sex: profile.sex,
      ageBand: profile.ageBand,
      nationality: profile.nationality,
      languages: profile.languages,
      openedAt: new Date(openedAt),
    });
    // A withdrawal handled meanwhile (it comes on another topic): recorded first, then read, as its subscriber does the reverse.
    if (await deps.consents.isWithdrawn(tenant, personId)) await deps.people.forgetPerson(tenant, personId);
  };
