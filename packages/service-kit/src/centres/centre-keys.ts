import { DomainError, type CentreSnapshot } from '@corredor/contracts';
import { blindIndex, CryptoError, dataKeyFrom, open as openSealed, seal as sealValue, sealedKeyId, type DataKey, type KeyWrapper } from '@corredor/crypto';
import { DATA_DESTROYED_CODE, type EventSealer } from '@corredor/messaging';
import { ServiceUnavailableError } from '../http/problem';

/**
 * What a service uses to protect a centre's personal data: seal a value before it is stored or
 * published, open it when it is read, and compute the blind index an equality lookup uses.
 * `context` names what the value is (`people.details`, `notes.body`): a value moved to another
 * field, record kind or centre no longer opens.
 */
export interface CentreKeys extends EventSealer {
  seal(centre: string, context: string, value: unknown): string;
  open<T = unknown>(centre: string, context: string, sealed: string): T;
  blindIndex(centre: string, value: string): string;
  /** Throws as `open` would (410 once destroyed, 503 while not loaded) when the centre's key cannot be used. */
  assertAvailable(centre: string): void;
}

export function dataDestroyed(): DomainError {
  return new DomainError(DATA_DESTROYED_CODE, 'gone', "This centre's data key was destroyed: its people's records can no longer be read.");
}

/**
 * The centres' data keys as this process holds them: unwrapped from the centre snapshots (the
 * centre service issues each key, wrapped by the master key, in the centre's events) and kept in
 * memory only. A destroyed key is forgotten, and everything sealed under it stays unreadable.
 */
export class CentreKeyring implements CentreKeys {
  private readonly keys = new Map<string, DataKey>();
  private readonly destroyed = new Set<string>();

  constructor(private readonly wrapper: KeyWrapper) {}

  /** Takes the key a newer snapshot carries (before the snapshot is applied, so a key that cannot be unwrapped is retried). */
  async accept(snapshot: CentreSnapshot): Promise<void> {
    const dataKey = snapshot.dataKey;
    if (!dataKey) return;
    if (dataKey.state === 'destroyed') return this.forget(snapshot.id);
    if (this.keys.get(snapshot.id)?.id === dataKey.id) return;
    this.install(snapshot.id, dataKeyFrom(dataKey.id, await this.wrapper.unwrap(dataKey.wrapped, snapshot.id)));
  }

  /** The centre's key was destroyed: drop this process's copy; from now on its sealed data does not open. */
  forget(centre: string): void {
    this.keys.delete(centre);
    this.destroyed.add(centre);
  }

  /** A key held already unwrapped (tests). */
  install(centre: string, key: DataKey): void {
    this.destroyed.delete(centre);
    this.keys.set(centre, key);
  }

  hasKey(centre: string): boolean {
    return this.keys.has(centre);
  }

  seal(centre: string, context: string, value: unknown): string {
    return sealValue(this.keyOf(centre), { centre, context }, value);
  }

  open<T = unknown>(centre: string, context: string, sealed: string): T {
    const key = this.keyOf(centre);
    try {
      if (sealedKeyId(sealed) !== key.id) throw new CryptoError('WRONG_KEY', 'sealed under another data key');
      return openSealed(key, { centre, context }, sealed) as T;
    } catch (error) {
      // Never the value: only that a stored value no longer opens under the centre's key.
      if (error instanceof CryptoError) throw new Error(`a sealed ${context} value of ${centre} does not open (${error.code})`);
      throw error;
    }
  }

  blindIndex(centre: string, value: string): string {
    return blindIndex(this.keyOf(centre), value);
  }

  assertAvailable(centre: string): void {
    this.keyOf(centre);
  }

  /** The centre's key; tests override `missingKey` to make one up for centres they invent. */
  protected keyOf(centre: string): DataKey {
    if (this.destroyed.has(centre)) throw dataDestroyed();
    return this.keys.get(centre) ?? this.missingKey(centre);
  }

  protected missingKey(_centre: string): DataKey {
    throw new ServiceUnavailableError('CENTRE.DATA_KEY_UNAVAILABLE', "This centre's data key is not available yet; try again shortly.", 5);
  }
}
