import { randomUUID } from 'node:crypto';
import { DuplicateKeyError } from '@corredor/persistence';
import { nameKeyOf, type Partner, type PartnerContact, type PartnerService } from './partner.domain';
import type { PartnerRepository } from './partner.repository';

/** An organisation as an operator's list has it (HSDS-style). */
export interface SeedOrganisation {
  name: string;
  description?: string;
  services: PartnerService[];
  languages?: string[];
  agreementSigned?: boolean;
  contact?: PartnerContact;
}

export interface SeedResult {
  created: string[];
  unchanged: string[];
}

/**
 * Adds the organisations the centre's directory lacks (by folded name, as POST /partners does).
 * One it has already is left exactly as the centre's staff keep it, so seeding again changes nothing.
 */
export async function seedPartnerDirectory(
  deps: { partners: PartnerRepository; clock: () => Date },
  input: { centre: string; seededBy: string; organisations: readonly SeedOrganisation[] },
): Promise<SeedResult> {
  const known = new Set((await deps.partners.list(input.centre, {})).map((partner) => partner.nameKey));
  const result: SeedResult = { created: [], unchanged: [] };
  for (const organisation of input.organisations) {
    const nameKey = nameKeyOf(organisation.name);
    if (known.has(nameKey)) {
      result.unchanged.push(organisation.name);
      continue;
    }
    const partner: Partner = {
      id: randomUUID(),
      tenant: input.centre,
      name: organisation.name,
      nameKey,
      ...(organisation.description === undefined ? {} : { description: organisation.description }),
      ...(organisation.contact === undefined ? {} : { contact: organisation.contact }),
      services: [...new Set(organisation.services)],
      agreementSigned: organisation.agreementSigned ?? false,
      languages: organisation.languages ?? [],
      createdAt: deps.clock(),
      createdBy: input.seededBy,
    };
    try {
      await deps.partners.add(partner);
      result.created.push(organisation.name);
    } catch (error) {
      // A coordinator added it a moment ago: theirs stands.
      if (!(error instanceof DuplicateKeyError)) throw error;
      result.unchanged.push(organisation.name);
    }
    known.add(nameKey);
  }
  return result;
}
