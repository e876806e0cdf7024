import { TokenSealer, type SessionTokens } from './session-tokens';

const TOKENS: SessionTokens = { accessToken: 'a.b.c', refreshToken: 'rt-1', idToken: 'i.d.t', expiresAt: 1_800_000_000_000, lifetimeSeconds: 300 };

describe('tokens sealed at rest', () => {
  const sealer = new TokenSealer(['first secret of the sealer tests, 0123456789']);

  it('keeps no token readable in what the store holds, and opens for its own session', () => {
    const sealed = sealer.seal('session-1', TOKENS);
    expect(sealed).not.toContain('rt-1');
    expect(sealed).not.toContain('a.b.c');
    expect(sealer.open('session-1', sealed)).toEqual(TOKENS);
  });

  it("does not open for another session, once tampered with, or under another secret", () => {
    const sealed = sealer.seal('session-1', TOKENS);
    expect(sealer.open('session-2', sealed)).toBeNull();
    const [version, iv, tag, body = ''] = sealed.split('.');
    const flipped = `${body.slice(0, -2)}${body.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(sealer.open('session-1', [version, iv, tag, flipped].join('.'))).toBeNull();
    expect(new TokenSealer(['another secret of the sealer tests, 0123456789']).open('session-1', sealed)).toBeNull();
  });

  it('opens what an older secret sealed while it is still listed (rotation)', () => {
    const sealed = sealer.seal('session-1', TOKENS);
    const rotated = new TokenSealer(['the new secret of the sealer tests, 0123456789', 'first secret of the sealer tests, 0123456789']);
    expect(rotated.open('session-1', sealed)).toEqual(TOKENS);
  });
});
