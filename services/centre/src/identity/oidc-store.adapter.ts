import type { Adapter, AdapterFactory, AdapterPayload } from 'oidc-provider';
import type { OidcPayload, OidcStore } from './oidc-store.port';

/**
 * oidc-provider's storage adapter over an OidcStore. Clients are only the ones configured
 * (no dynamic registration), so the Client model never reads the store.
 */
export function oidcAdapter(store: OidcStore): AdapterFactory {
  return (model: string): Adapter => {
    const find = (payload: Promise<OidcPayload | undefined>) => payload as Promise<AdapterPayload | undefined>;
    if (model === 'Client') {
      return {
        upsert: async () => undefined,
        find: async () => undefined,
        findByUid: async () => undefined,
        findByUserCode: async () => undefined,
        consume: async () => undefined,
        destroy: async () => undefined,
        revokeByGrantId: async () => undefined,
      };
    }
    return {
      upsert: (id, payload, expiresIn) => store.upsert(model, id, payload as OidcPayload, expiresIn),
      find: (id) => find(store.find(model, id)),
      findByUid: (uid) => find(store.findByUid(model, uid)),
      findByUserCode: (userCode) => find(store.findByUserCode(model, userCode)),
      consume: (id) => store.consume(model, id),
      destroy: (id) => store.destroy(model, id),
      revokeByGrantId: (grantId) => store.revokeByGrantId(model, grantId),
    };
  };
}
