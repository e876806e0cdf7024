import { snapshotOf, type Centre } from './centre.domain';

/** A centre as the API shows it to its network's operators. */
export function centreView(centre: Centre) {
  return { ...snapshotOf(centre), contact: centre.contact, createdAt: centre.createdAt.toISOString(), updatedAt: centre.updatedAt.toISOString() };
}
