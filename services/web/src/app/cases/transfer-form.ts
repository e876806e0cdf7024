import type { FormError } from './form-rules';

/** A centre's id as the centre registry writes it: a lowercase slug such as `tapachula` or `ciudad-juarez`. */
const CENTRE_ID = /^[a-z][a-z0-9-]{1,39}$/;

/**
 * The receiving centre of a transfer, as typed. There is no list of the network's centres that
 * staff may read yet, so staff type its id; it is lowercased and trimmed, and this centre's own id
 * is refused (the API would answer CASE.TRANSFER_TARGET_UNAVAILABLE).
 */
export function checkCentreId(value: string, ownCentre: string | null): { value: string | null; error?: FormError } {
  const id = value.trim().toLowerCase();
  if (id === '') return { value: null, error: { key: 'error.required' } };
  if (!CENTRE_ID.test(id)) return { value: null, error: { key: 'error.centreId' } };
  if (id === ownCentre) return { value: null, error: { key: 'error.ownCentre' } };
  return { value: id };
}
