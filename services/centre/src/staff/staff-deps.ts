import type { CentreRepository } from '../centres/centre.repository';
import type { PasswordHasher } from './password-hasher';
import type { StaffRepository } from './staff.repository';

export interface StaffDeps {
  staff: StaffRepository;
  centres: CentreRepository;
  hasher: PasswordHasher;
  clock: () => Date;
  /** Where people open their invitation links: the centre service's public address. */
  publicUrl: string;
  invitationTtlMs: number;
  newId?: () => string;
}
