/** Which events a consumer group has already handled, so a redelivered event has one effect. */
export interface ProcessedEvents {
  has(group: string, eventId: string): Promise<boolean>;
  add(group: string, eventId: string, at: Date): Promise<void>;
}
