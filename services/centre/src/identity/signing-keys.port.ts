/** One of the identity provider's token signing keys. */
export interface SigningKeyRecord {
  /** The JWK thumbprint: the `kid` of the tokens it signs and of its entry in the JWKS. */
  kid: string;
  /** 1, 2, 3...: unique, so when two instances rotate at once only one new key is stored. */
  version: number;
  alg: 'ES256';
  /** The private JWK, sealed (see signing-key-sealer.ts). */
  sealedPrivateKey: string;
  createdAt: Date;
  /** When a newer key took over signing; null while nothing replaced it. */
  retiredAt: Date | null;
}

export interface SigningKeyStore {
  /** Stores a new key; a taken `version` (or kid) is a DuplicateKeyError: another instance rotated first. */
  add(key: SigningKeyRecord): Promise<void>;
  /** Every stored key, oldest version first. */
  list(): Promise<SigningKeyRecord[]>;
  /** Records when the key stopped signing; an already retired key keeps its first date. */
  retire(kid: string, at: Date): Promise<void>;
  /** Drops a key for good (once every token it signed has expired). */
  remove(kid: string): Promise<void>;
  isReachable(): Promise<boolean>;
}
