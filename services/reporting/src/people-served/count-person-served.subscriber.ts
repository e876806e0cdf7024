import { caseOpenedV1 } from '@corredor/contracts';
import type { EventHandler, SubscriberConfig } from '@corredor/messaging';
import type { ServedPersonRepository } from './served-person.repository';

export const config: SubscriberConfig<typeof caseOpenedV1> = { group: 'reporting.people-served', event: caseOpenedV1 };

export const handler =
  (deps: { people: ServedPersonRepository }): EventHandler<typeof caseOpenedV1> =>
  async (event) => {
    const { caseId, openedAt, profile } = event.data;
    await deps.people.record({
      id: caseId,
      tenant: event.tenantid,
      sex: profile.sex,
      ageBand: profile.ageBand,
      nationality: profile.nationality,
      languages: profile.languages,
      openedAt: new Date(openedAt),
    });
  };
