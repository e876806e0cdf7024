import type { ConsentScope } from '@corredor/contracts';
import type { CentreKeys } from '@corredor/service-kit';
import { scopeKey, type Consent } from './consent.domain';

/**
 * A consent as both adapters store it (MongoDB with `_id` for `id`).
 *
 * Clear, because queries need them and they identify no one: the ids (consent, person, intake),
 * the tenant, who recorded it and its withdrawal (staff accounts), when, and the version.
 * Sealed under the centre's data key: the scope. It holds no contact details (a channel's kind,
 * never its number), but a partner named for sharing (a women's justice centre, an LGBTIQ+
 * shelter) can say much about a person.
 * Blind index: `activeScope`, which the unique index keeping one holding consent per scope and
 * person compares; the HMAC covers the person id too, so equal scopes of different people do not
 * show as equal.
 */
export interface StoredConsent {
  id: string;
  tenant: string;
  personId: string;
  scope: string;
  activeScope: string | null;
  intakeId: string | null;
  givenBy: string;
  givenAt: Date;
  withdrawn: { by: string; at: Date } | null;
  version: number;
}

const SCOPE_CONTEXT = 'consents.scope';

export class ConsentCodec {
  constructor(private readonly keys: CentreKeys) {}

  encode(consent: Consent): StoredConsent {
    const { tenant, personId } = consent;
    return {
      id: consent.id,
      tenant,
      personId,
      scope: this.keys.seal(tenant, SCOPE_CONTEXT, consent.scope),
      activeScope: consent.activeScope === null ? null : this.keys.blindIndex(tenant, `consent:${personId}:${consent.activeScope}`),
      intakeId: consent.intakeId,
      givenBy: consent.givenBy,
      givenAt: consent.givenAt,
      withdrawn: consent.withdrawn,
      version: consent.version,
    };
  }

  /** 410 CENTRE.DATA_DESTROYED once the centre's key is destroyed. */
  decode(stored: StoredConsent): Consent {
    const scope = this.keys.open<ConsentScope>(stored.tenant, SCOPE_CONTEXT, stored.scope);
    return {
      id: stored.id,
      tenant: stored.tenant,
      personId: stored.personId,
      scope,
      activeScope: stored.activeScope === null ? null : scopeKey(scope),
      intakeId: stored.intakeId,
      givenBy: stored.givenBy,
      givenAt: stored.givenAt,
      withdrawn: stored.withdrawn,
      version: stored.version,
    };
  }
}
