import type { DomainError } from '@corredor/contracts';
import { canonicalJson, newIdempotencyRecord, replayOf, requestHash } from './idempotency.domain';

describe('the request hash', () => {
  it('is the same for the same JSON whatever the order of its keys', () => {
    expect(requestHash({ a: 1, b: { c: [1, { e: 2, d: 3 }] } })).toBe(requestHash({ b: { c: [1, { d: 3, e: 2 }] }, a: 1 }));
    expect(canonicalJson({ b: 1, a: [true, null, 'x'] })).toBe('{"a":[true,null,"x"],"b":1}');
  });

  it('differs when a value differs, or an array is in another order', () => {
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
    expect(requestHash({ a: [1, 2] })).not.toBe(requestHash({ a: [2, 1] }));
  });
});

describe('a key seen again', () => {
  const record = newIdempotencyRecord(
    { id: 'r1', tenant: 'tijuana', userId: 'ana', key: 'k-00000001', requestHash: requestHash({ a: 1 }), resourceId: 'intake-1' },
    new Date('2026-11-23T15:00:00Z'),
  );

  it('answers a retry of the same body with what the first request created', () => {
    expect(replayOf(record, requestHash({ a: 1 }))).toBe('intake-1');
  });

  it('refuses another body with a stable code', () => {
    expect(() => replayOf(record, requestHash({ a: 2 }))).toThrow(expect.objectContaining({ code: 'INTAKE.IDEMPOTENCY_KEY_REUSED', kind: 'validation' }) as DomainError);
  });
});
