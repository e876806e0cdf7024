import { randomUUID } from 'node:crypto';
import { caseTransferAcceptedV1, causedBy, consentGivenV1, createEvent } from '@corredor/contracts';
import { isDataDestroyed, subscription, toOutboxRecord, type EventHandler, type SubscriberConfig, type Subscription } from '@corredor/messaging';
import { DuplicateKeyError } from '@corredor/persistence';
import { giveConsent } from '../consents/consent.domain';
import type { ConsentRepository } from '../consents/consent.repository';
import type { IntakeRecords } from '../intakes/intake-records';
import { newPerson } from '../people/person.domain';
import type { PersonRepository } from '../people/person.repository';
import { carriedConsents, transferredDetails } from './transferred-person.domain';

export const config: SubscriberConfig<typeof caseTransferAcceptedV1> = { group: 'intake.receive-transferred-person', event: caseTransferAcceptedV1 };

export interface ReceiveTransferredPersonDeps {
  people: PersonRepository;
  consents: ConsentRepository;
  records: IntakeRecords;
  outboxWritten: () => void;
  newId?: () => string;
}

/** More than any person holds (one per purpose, channel and partner). */
const MAX_CONSENTS = 200;

/** The origin's person, opened with the origin's key; null when it holds none, or its key was destroyed (nothing of theirs can be read, so nothing is copied). */
async function originPerson(deps: ReceiveTransferredPersonDeps, fromCentre: string, personId: string) {
  try {
    return await deps.people.findById(fromCentre, personId);
  } catch (error) {
    if (isDataDestroyed(error)) return null;
    throw error;
  }
}

/**
 * Once a centre accepted a transfer (the event's tenant is the receiving centre), brings the
 * person into that centre as `newPersonId`: the consented details only (transferred-person.domain.ts)
 * and the consents that cover them, each announced as consent.given there. Done once: a person
 * already there under that id means done. Nothing is copied if the person withdrew their transfer
 * consent at the origin meanwhile, or the origin holds no such person. The repositories open the
 * origin's person with the origin's data key and seal the copy with the receiving centre's.
 */
export const handler =
  (deps: ReceiveTransferredPersonDeps): EventHandler<typeof caseTransferAcceptedV1> =>
  async (event) => {
    const { data } = event;
    if (event.tenantid !== data.toCentre || data.fromCentre === data.toCentre) return;
    if (await deps.people.findById(data.toCentre, data.newPersonId)) return;
    const origin = await originPerson(deps, data.fromCentre, data.originPersonId);
    if (!origin) return;
    const holding = (await deps.consents.holding(data.fromCentre, data.originPersonId, MAX_CONSENTS)).map((consent) => consent.scope);
    if (!holding.some((scope) => scope.purpose === 'transfer')) return;

    const acceptedAt = new Date(data.acceptedAt);
    const details = transferredDetails(origin.details, holding);
    const person = newPerson({ id: data.newPersonId, tenant: data.toCentre, details, interviewed: false }, acceptedAt);
    const newId = deps.newId ?? randomUUID;
    const consents = carriedConsents(holding, details).map((scope) =>
      giveConsent({ id: newId(), tenant: data.toCentre, personId: person.id, scope, intakeId: null, by: `transfer:${data.transferId}` }, acceptedAt),
    );
    const events = consents.map((consent) => {
      const given = createEvent(
        consentGivenV1,
        { personId: person.id, consentId: consent.id, scope: consent.scope, givenAt: consent.givenAt.toISOString() },
        { ...causedBy(event, '/corredor/intake', person.id), time: acceptedAt },
      );
      return toOutboxRecord(consentGivenV1, given, person.id, acceptedAt);
    });
    try {
      await deps.records.save({ person: { record: person, expectedVersion: null }, consents, events });
    } catch (error) {
      if (error instanceof DuplicateKeyError) return;
      throw error;
    }
    deps.outboxWritten();
  };

/** The subscription to wire into the intake service. */
export function receiveTransferredPerson(deps: ReceiveTransferredPersonDeps): Subscription {
  return subscription(config, handler(deps));
}
