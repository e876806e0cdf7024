import { FACT_RECORDERS } from '../projection/record-fact';

/** Every event type the projection records: what a rebuild replays. */
export const REPLAYED_EVENTS = Object.values(FACT_RECORDERS).flatMap((recorders) => recorders.map((recorder) => recorder.event));

/** The topics they travel on: each must keep every event it ever carried for a rebuild to count what happened. */
export const REPLAYED_TOPICS: string[] = [...new Set(REPLAYED_EVENTS.map((event) => event.topic))];

export const REPLAYED_TYPES: ReadonlySet<string> = new Set(REPLAYED_EVENTS.map((event) => event.type));
