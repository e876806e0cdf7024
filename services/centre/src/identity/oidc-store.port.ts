/** What oidc-provider stores (sessions, interactions, grants, codes, refresh tokens...): plain JSON. */
export type OidcPayload = Record<string, unknown>;

/**
 * The identity provider's state, shared by every instance of the centre service so a sign-in can
 * start on one and finish on another, and so sessions and grants survive a restart or a key
 * rotation. `model` is oidc-provider's model name (Session, Interaction, Grant, RefreshToken...).
 * Records vanish when they expire, measured with the injected clock.
 */
export interface OidcStore {
  /** Creates or replaces a record; without `expiresInSeconds` it never expires. */
  upsert(model: string, id: string, payload: OidcPayload, expiresInSeconds?: number): Promise<void>;
  find(model: string, id: string): Promise<OidcPayload | undefined>;
  /** A session by its fixed `uid` (its `id` changes when the session is regenerated). */
  findByUid(model: string, uid: string): Promise<OidcPayload | undefined>;
  findByUserCode(model: string, userCode: string): Promise<OidcPayload | undefined>;
  /** Marks a record used (a code, a rotated refresh token): later finds carry `consumed` (epoch seconds). */
  consume(model: string, id: string): Promise<void>;
  destroy(model: string, id: string): Promise<void>;
  /** Drops every record of this model that belongs to the grant (revocation, code or refresh token replay). */
  revokeByGrantId(model: string, grantId: string): Promise<void>;
  isReachable(): Promise<boolean>;
}

/** The fields the adapters index and query, lifted from a payload. */
export function indexedFields(payload: OidcPayload): { grantId: string | null; uid: string | null; userCode: string | null } {
  const text = (value: unknown) => (typeof value === 'string' && value.length > 0 ? value : null);
  return { grantId: text(payload['grantId']), uid: text(payload['uid']), userCode: text(payload['userCode']) };
}

export function expiryOf(now: Date, expiresInSeconds: number | undefined): Date | null {
  return expiresInSeconds === undefined ? null : new Date(now.getTime() + expiresInSeconds * 1000);
}
