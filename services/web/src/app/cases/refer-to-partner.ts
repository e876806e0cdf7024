/**
 * "Refer a case to this partner" (the partner directory) opens the case list with the partner in
 * the router's state; the chosen case's referral form then opens on that partner. A partner is an
 * organisation, no one's personal data, so it may travel in history state.
 */
export interface ReferToPartner {
  partnerId: string;
  partnerName: string;
}

/** The partner carried in a location's state, if any (history state is whatever a page put there). */
export function referToPartnerOf(state: unknown): ReferToPartner | null {
  if (typeof state !== 'object' || state === null || !('referTo' in state)) return null;
  const referTo: unknown = state.referTo;
  if (typeof referTo !== 'object' || referTo === null) return null;
  const { partnerId, partnerName } = referTo as Record<string, unknown>;
  return typeof partnerId === 'string' && typeof partnerName === 'string' ? { partnerId, partnerName } : null;
}
