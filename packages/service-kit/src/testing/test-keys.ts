import { createHash } from 'node:crypto';
import { dataKeyFrom, LocalKeyWrapper, type DataKey } from '@corredor/crypto';
import { CentreKeyring } from '../centres/centre-keys';
import { DEVELOPMENT_DATA_MASTER_KEY } from '../config/config';

/** The development master key as a wrapper: what `npm start` and the tests wrap centres' data keys with. */
export function developmentKeyWrapper(): LocalKeyWrapper {
  return new LocalKeyWrapper(Buffer.from(DEVELOPMENT_DATA_MASTER_KEY, 'base64'));
}

/** A fixed data key per centre id, so tests can seal and open without a centre service. */
export function testDataKey(centre: string): DataKey {
  const material = createHash('sha256').update(`corredor test data key\n${centre}`).digest();
  return dataKeyFrom(`dk-${createHash('sha256').update(centre).digest('hex').slice(0, 16)}`, material);
}

/**
 * The keyring of a service under test: every centre has a key (made up from its id) until a test
 * destroys it with `destroy(centre)`, as a `centre.data-key-destroyed` event would.
 */
export class TestCentreKeys extends CentreKeyring {
  constructor() {
    super(developmentKeyWrapper());
  }

  /** As a `centre.data-key-destroyed` event would. */
  destroy(centre: string): void {
    this.forget(centre);
  }

  protected override missingKey(centre: string): DataKey {
    const key = testDataKey(centre);
    this.install(centre, key);
    return key;
  }
}
