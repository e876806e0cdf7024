import { snapshotOf, type Centre } from './centre.domain';

/**
 * A centre as the API shows it to its network's operators: never its data key, not even wrapped
 * (only services unwrap it), but when it was destroyed, if it was.
 */
export function centreView(centre: Centre) {
  const { dataKey: _servicesOnly, ...snapshot } = snapshotOf(centre);
  return {
    ...snapshot,
    contact: centre.contact,
    createdAt: centre.createdAt.toISOString(),
    updatedAt: centre.updatedAt.toISOString(),
    ...(centre.dataKey?.state === 'destroyed' ? { dataDestroyedAt: centre.dataKey.destroyedAt.toISOString() } : {}),
  };
}
