import type { SessionStore } from './session-store.port';

export interface SessionStoreFixture {
  store: SessionStore;
  now(): Date;
  /** Moves the store's clock forward. */
  advance(seconds: number): void;
}

/** A clock that starts now and moves only when told. */
export function steppingClock(): { clock: () => Date; advance(seconds: number): void } {
  let now = Date.now();
  return {
    clock: () => new Date(now),
    advance: (seconds) => {
      now += seconds * 1000;
    },
  };
}

/** The behaviour every SessionStore adapter must have: memory always, MongoDB when MONGO_URL is set. */
export function describeSessionStoreContract(name: string, setup: () => Promise<SessionStoreFixture>): void {
  describe(`${name} session store`, () => {
    let f: SessionStoreFixture;
    const inSeconds = (seconds: number) => new Date(f.now().getTime() + seconds * 1000);
    beforeEach(async () => {
      f = await setup();
    });

    it('keeps a session until it expires, and forgets it then', async () => {
      await f.store.save('s1', '{"user":"a"}', inSeconds(60));
      expect(await f.store.find('s1')).toBe('{"user":"a"}');
      expect(await f.store.find('s2')).toBeNull();
      f.advance(61);
      expect(await f.store.find('s1')).toBeNull();
    });

    it('moves the expiry forward on activity, but does not bring an expired session back', async () => {
      await f.store.save('s1', '{}', inSeconds(60));
      f.advance(50);
      await f.store.touch('s1', inSeconds(60));
      f.advance(50);
      expect(await f.store.find('s1')).toBe('{}');
      f.advance(61);
      await f.store.touch('s1', inSeconds(60));
      expect(await f.store.find('s1')).toBeNull();
    });

    it("keeps the tokens apart: saving the session's data does not replace them", async () => {
      await f.store.save('s1', '{"v":1}', inSeconds(60));
      expect(await f.store.findTokens('s1')).toBeNull();
      expect(await f.store.saveTokens('s1', 'sealed-1')).toBe(true);
      await f.store.save('s1', '{"v":2}', inSeconds(60));
      expect(await f.store.findTokens('s1')).toBe('sealed-1');
      expect(await f.store.find('s1')).toBe('{"v":2}');
      expect(await f.store.saveTokens('s1', 'sealed-2')).toBe(true);
      expect(await f.store.findTokens('s1')).toBe('sealed-2');
    });

    it('keeps no tokens for a session that is gone, nor lets an expired one start again with them', async () => {
      expect(await f.store.saveTokens('nobody', 'sealed')).toBe(false);
      expect(await f.store.findTokens('nobody')).toBeNull();
      await f.store.save('s1', '{}', inSeconds(60));
      await f.store.saveTokens('s1', 'sealed');
      f.advance(61);
      expect(await f.store.findTokens('s1')).toBeNull();
      expect(await f.store.saveTokens('s1', 'late')).toBe(false);
      await f.store.save('s1', '{}', inSeconds(60));
      expect(await f.store.findTokens('s1')).toBeNull();
    });

    it('destroys a session with its tokens', async () => {
      await f.store.save('s1', '{}', inSeconds(60));
      await f.store.saveTokens('s1', 'sealed');
      await f.store.save('s2', '{}', inSeconds(60));
      await f.store.destroy('s1');
      expect(await f.store.find('s1')).toBeNull();
      expect(await f.store.findTokens('s1')).toBeNull();
      expect(await f.store.find('s2')).toBe('{}');
    });

    it('gives the right to refresh to one claimant at a time, until it is released or runs out', async () => {
      await f.store.save('s1', '{}', inSeconds(600));
      expect(await f.store.claimRefresh('s1', 'a', inSeconds(10))).toBe(true);
      expect(await f.store.claimRefresh('s1', 'b', inSeconds(10))).toBe(false);
      await f.store.releaseRefresh('s1', 'b');
      expect(await f.store.claimRefresh('s1', 'b', inSeconds(10))).toBe(false);
      await f.store.releaseRefresh('s1', 'a');
      expect(await f.store.claimRefresh('s1', 'b', inSeconds(10))).toBe(true);
      f.advance(11);
      expect(await f.store.claimRefresh('s1', 'c', inSeconds(10))).toBe(true);
      expect(await f.store.claimRefresh('nobody', 'a', inSeconds(10))).toBe(false);
    });

    it('keeps a claim when the session is saved again', async () => {
      await f.store.save('s1', '{}', inSeconds(600));
      expect(await f.store.claimRefresh('s1', 'a', inSeconds(10))).toBe(true);
      await f.store.save('s1', '{"v":2}', inSeconds(600));
      expect(await f.store.claimRefresh('s1', 'b', inSeconds(10))).toBe(false);
    });
  });
}
