import { newDataKeyId, newDataKeyMaterial, type KeyWrapper } from '@corredor/crypto';
import type { ActiveDataKey } from './centre.domain';

/** A new data key for the centre, wrapped by the master key: the plain key never leaves this function. */
export async function newWrappedDataKey(wrapper: KeyWrapper, centre: string, now: Date): Promise<ActiveDataKey> {
  const material = newDataKeyMaterial();
  try {
    return { state: 'active', id: newDataKeyId(), wrapped: await wrapper.wrap(material, centre), issuedAt: now };
  } finally {
    material.fill(0);
  }
}
