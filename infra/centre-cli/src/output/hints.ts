/** What an operator can do about a refusal, by its stable code. */
const HINTS: Record<string, string> = {
  'AUTH.UNAUTHENTICATED': 'set CORREDOR_TOKEN to an operator access token',
  'AUTH.INVALID_TOKEN': 'the token is invalid or has expired: get a fresh operator token and set CORREDOR_TOKEN',
  'AUTH.NETWORK_ONLY': "this is for network operators: a centre staff member's token cannot do it",
  'AUTH.FORBIDDEN': 'the token lacks the operator role',
  'CENTRE.OUTSIDE_NETWORK': "the token is for another network: use an operator token of one of the centre's networks (or --network for a development token)",
  'CENTRE.ID_TAKEN': 'a centre outside your network already has this id: choose another id',
  'CENTRE.ARCHIVED': 'an archived centre cannot be changed or reopened; a new centre needs a new id',
  'CENTRE.NOT_FOUND': 'see `npm run centre -- list` for the centres of your network',
  'CENTRE.VALIDATION_FAILED': 'fix the lines above and run the command again',
};

export function hintFor(code: string): string | undefined {
  return HINTS[code];
}
