/**
 * What tasks need to know of a case: that it exists at the centre, and whether it is closed. The
 * case repository answers it (its `findById` has this shape); tests pass a small fake.
 */
export interface CaseLookup {
  findById(tenant: string, id: string): Promise<{ id: string; status: 'open' | 'active' | 'closed' } | null>;
}
