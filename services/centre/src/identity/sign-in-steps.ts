import type { OidcStore } from './oidc-store.port';

/** Where a sign-in stands between the password and the second factor, kept with the interaction. */
export type SignInStep =
  | { stage: 'second-factor'; accountId: string }
  /** A new secret, not in force until the person proves their app has it. */
  | { stage: 'enrolment'; accountId: string; secret: string; otpauthUri: string };

const MODEL = 'SignInStep';

/** Kept in the identity provider's store, so the next step may reach any instance. */
export class SignInSteps {
  constructor(private readonly store: OidcStore) {}

  async save(interactionUid: string, step: SignInStep, expiresInSeconds: number): Promise<void> {
    await this.store.upsert(MODEL, interactionUid, { ...step }, Math.max(1, expiresInSeconds));
  }

  async find(interactionUid: string): Promise<SignInStep | null> {
    const payload = await this.store.find(MODEL, interactionUid);
    const { stage, accountId, secret, otpauthUri } = payload ?? {};
    if (typeof accountId !== 'string') return null;
    if (stage === 'second-factor') return { stage, accountId };
    if (stage === 'enrolment' && typeof secret === 'string' && typeof otpauthUri === 'string') return { stage, accountId, secret, otpauthUri };
    return null;
  }

  async clear(interactionUid: string): Promise<void> {
    await this.store.destroy(MODEL, interactionUid);
  }
}
