import type { PreferencesStore } from './preferences-store.port';

/** The behaviour every PreferencesStore adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describePreferencesStoreContract(name: string, setup: () => Promise<PreferencesStore>): void {
  describe(`${name} preferences store`, () => {
    let store: PreferencesStore;
    beforeEach(async () => {
      store = await setup();
    });

    it("keeps each person's language, and replaces it when they choose another", async () => {
      expect(await store.find('acc-ana')).toBeNull();
      await store.save('acc-ana', { language: 'ht' });
      await store.save('acc-luz', { language: 'fr' });
      expect(await store.find('acc-ana')).toEqual({ language: 'ht' });
      await store.save('acc-ana', { language: 'en' });
      expect(await store.find('acc-ana')).toEqual({ language: 'en' });
      expect(await store.find('acc-luz')).toEqual({ language: 'fr' });
    });

    it('reads an id as an id, never as a query', async () => {
      await store.save('acc-ana', { language: 'ht' });
      expect(await store.find('{"$ne":null}')).toBeNull();
      expect(await store.find('acc-an')).toBeNull();
    });
  });
}
