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
 * The directory's unique name index tells which it has: no need to read the whole directory.
 */
export async function seedPartnerDirectory(
  deps: { partners: PartnerRepository; clock: () => Date },
  input: { centre: string; seededBy: string; organisations: readonly SeedOrganisation[] },
): Promise<SeedResult> {
  const result: SeedResult = { created: [], unchanged: [] };
  for (const organisation of input.organisations) {
    const nameKey = nameKeyOf(organisation.name);
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
      // The directory has it (a coordinator's, or an earlier seed's): theirs stands.
      if (!(error instanceof DuplicateKeyError)) throw error;
      result.unchanged.push(organisation.name);
    }
  }
  return result;
}
