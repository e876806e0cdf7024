import { DomainError, type ConsentScope } from '@corredor/contracts';

/**
 * One consent a person gave, for one purpose (and partner or channel): who recorded it and when,
 * and, once withdrawn, who recorded the withdrawal and when. Never deleted: the history is the
 * centre's proof of what the person agreed to.
 */
export interface Consent {
  id: string;
  tenant: string;
  personId: string;
  scope: ConsentScope;
  /** The scope's key while the consent holds, null once withdrawn: one holding consent per scope and person. */
  activeScope: string | null;
  /** The interview it was given at; null when given later (sharing with a partner when referring...). */
  intakeId: string | null;
  givenBy: string;
  givenAt: Date;
  withdrawn: { by: string; at: Date } | null;
  version: number;
}

/** `store-data`, `share-with-partner:<partner id>`, `contact:whatsapp`: two consents with one key cover the same thing. */
export function scopeKey(scope: ConsentScope): string {
  switch (scope.purpose) {
    case 'share-with-partner':
      return `${scope.purpose}:${scope.partnerId}`;
    case 'contact':
      return `${scope.purpose}:${scope.channel}`;
    default:
      return scope.purpose;
  }
}

export function giveConsent(fields: { id: string; tenant: string; personId: string; scope: ConsentScope; intakeId: string | null; by: string }, now: Date): Consent {
  return {
    id: fields.id,
    tenant: fields.tenant,
    personId: fields.personId,
    scope: fields.scope,
    activeScope: scopeKey(fields.scope),
    intakeId: fields.intakeId,
    givenBy: fields.by,
    givenAt: now,
    withdrawn: null,
    version: 1,
  };
}

export function withdrawConsent(consent: Consent, by: string, now: Date): Consent {
  if (consent.withdrawn) {
    throw new DomainError('INTAKE.CONSENT_ALREADY_WITHDRAWN', 'conflict', 'This consent was already withdrawn.');
  }
  if (consent.scope.purpose === 'store-data') {
    throw new DomainError(
      'INTAKE.STORE_DATA_CONSENT_NOT_WITHDRAWABLE',
      'rule-violation',
      "Withdrawing consent to store data means erasing the person's record, which is a separate feature not available yet. Nothing was changed; withdraw the other consents if the person asks.",
    );
  }
  return { ...consent, activeScope: null, withdrawn: { by, at: now } };
}

/** The consents a list of scopes adds to those already holding: a scope given twice is recorded once. */
export function newScopes(given: readonly ConsentScope[], holding: readonly Consent[]): ConsentScope[] {
  const held = new Set(holding.flatMap((consent) => (consent.activeScope === null ? [] : [consent.activeScope])));
  const seen = new Set<string>();
  return given.filter((scope) => {
    const key = scopeKey(scope);
    if (held.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
