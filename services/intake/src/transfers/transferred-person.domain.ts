import type { ConsentScope } from '@corredor/contracts';
import type { PersonDetails } from '../interview';

/**
 * What of a person reaches the centre that accepted their transfer, decided field by field (an
 * allow-list, so a field added to PersonDetails later stays at the origin until someone decides
 * otherwise): who they are (name, alias, birth, sex, gender identity, nationalities, languages,
 * interpreter need), and each contact channel only if the person consents to be contacted on it.
 * Never their identity documents (CURP, RFC, NSS, passport) nor anything of the interview
 * (migratory and work situation, household, screening answers): those stay at the origin.
 */
export function transferredDetails(origin: PersonDetails, holding: readonly ConsentScope[]): PersonDetails {
  const contactable = new Set(holding.flatMap((scope) => (scope.purpose === 'contact' ? [scope.channel] : [])));
  return {
    ...(origin.name === undefined ? {} : { name: origin.name }),
    ...(origin.alias === undefined ? {} : { alias: origin.alias }),
    ...(origin.dateOfBirth === undefined ? {} : { dateOfBirth: origin.dateOfBirth }),
    ...(origin.yearOfBirth === undefined ? {} : { yearOfBirth: origin.yearOfBirth }),
    sex: origin.sex,
    ...(origin.genderIdentity === undefined ? {} : { genderIdentity: origin.genderIdentity }),
    ...(origin.genderSelfDescribed === undefined ? {} : { genderSelfDescribed: origin.genderSelfDescribed }),
    nationalities: [...origin.nationalities],
    languages: [...origin.languages],
    preferredLanguage: origin.preferredLanguage,
    needsInterpreter: origin.needsInterpreter,
    contactChannels: origin.contactChannels.filter((entry) => contactable.has(entry.channel)).map((entry) => ({ ...entry })),
    identityDocuments: [],
  };
}

/**
 * The consents that come along, so the receiving centre holds the data on the same terms: to store
 * it, to count the person in anonymised statistics, and to contact them on each channel copied.
 * Not sharing with partners (the origin's partners are not the receiver's) nor a further transfer:
 * the receiving centre asks the person for those itself.
 */
export function carriedConsents(holding: readonly ConsentScope[], details: PersonDetails): ConsentScope[] {
  const channels = new Set(details.contactChannels.map((entry) => entry.channel));
  const seen = new Set<string>();
  return holding.filter((scope) => {
    const carried = scope.purpose === 'store-data' || scope.purpose === 'statistics' || (scope.purpose === 'contact' && channels.has(scope.channel));
    const key = scope.purpose === 'contact' ? `contact:${scope.channel}` : scope.purpose;
    if (!carried || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
