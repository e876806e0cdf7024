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
  // Refusals to start a projection rebuild (409), then why a rebuild stopped (its `failure`).
  'REPORTING.REBUILD_RUNNING': 'one rebuild runs at a time: follow it with `npm run reporting -- status --follow`',
  'REPORTING.EVENT_LOG_INCOMPLETE':
    'a replay needs every event since the beginning, and some are gone (retention or compaction): the live figures are kept; restore those topics from a backup to rebuild',
  'REPORTING.EVENT_LOG_UNREACHABLE': 'the reporting service cannot reach the Kafka broker now (KAFKA_BROKERS): check the broker, then run the command again',
  'REPORTING.REBUILD_UNAVAILABLE':
    'this reporting process was started without an event log to read (no KAFKA_BROKERS): rebuild through a reporting process connected to the broker (--reporting-url)',
  'REPORTING.EVENT_LOG_UNREADABLE': 'the Kafka broker stopped answering during the replay: once it is back, run `npm run reporting -- rebuild` again',
  'REPORTING.PROJECTION_WRITE_FAILED': "the projection's store refused writes (is MongoDB up?): see the reporting service's log, then rebuild again",
  'REPORTING.REBUILD_INTERRUPTED': 'the reporting process running it stopped (a restart or a deploy): run `npm run reporting -- rebuild` again',
  'REPORTING.REBUILD_STOPPED_RESPONDING': 'the reporting process running it ended before it finished: run `npm run reporting -- rebuild` again',
};

export function hintFor(code: string): string | undefined {
  return HINTS[code];
}
