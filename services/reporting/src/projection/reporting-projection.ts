import type { EventEnvelope } from '@corredor/contracts';
import type { SliceOptions } from '../cooperative/time-slices';
import { figuresOf, type PeriodFiguresSource } from '../indicators/period-figures';
import { recordFact } from './record-fact';
import type { ReportingFactRepository } from './reporting-fact.repository';
import { MemoryReportingFactRepository } from './reporting-fact.repository.memory';
import { MongoReportingFactRepository } from './reporting-fact.repository.mongo';

/** The service's MongoDB connection (named through the adapter: only adapters and the composition name mongoose). */
export type MongoConnection = ConstructorParameters<typeof MongoReportingFactRepository>[0];

/** A generation's name, part of its collections' names: lower-case letters, digits and dashes. */
export const GENERATION_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** The generation a deployment starts with, before any rebuild. */
export const FIRST_GENERATION = 'g1';

/**
 * One generation of reporting's projection: its own store of facts, what writes to it and what
 * reads from it. The live generation is fed by the subscriptions and read by the routes (see
 * LiveProjection); a rebuild makes a fresh one beside it, feeds it every event of the topics from
 * the beginning through `apply`, and switches over once it has caught up.
 */
export interface ReportingProjection {
  readonly generation: string;
  readonly facts: ReportingFactRepository;
  /**
   * Records what one event says. The event must be as the registry parses it (`eventRegistry.parse`:
   * validated and upcast to its type's latest version); one the projection does not record is ignored
   * (false). Idempotent: the same event twice, or a second copy with another id, changes nothing.
   */
  apply(event: EventEnvelope): Promise<boolean>;
  readonly figures: PeriodFiguresSource;
  /** Each partner referred to by the centre, by id, with its latest name. */
  partnerNames(centre: string): Promise<Record<string, string>>;
  /** Creates the generation's collections and indexes (MongoDB); nothing to do in memory. */
  prepare(): Promise<void>;
  /** Deletes the generation's collections: an old one after a switch, or a rebuild abandoned. */
  drop(): Promise<void>;
  isReachable(): Promise<boolean>;
}

/**
 * A projection of the given generation: in MongoDB, collections `reporting_<generation>_<kind>`
 * (created by `prepare`); in memory (`mongo` null), maps of its own. Its figures are computed in
 * slices of the event loop (`slices`: how long each; tests make them as short as can be).
 */
export function createReportingProjection(deps: { mongo: MongoConnection | null; generation: string; slices?: SliceOptions }): ReportingProjection {
  if (!GENERATION_PATTERN.test(deps.generation)) throw new Error('a projection generation is lower-case letters, digits and dashes');
  const slices = deps.slices ?? {};
  const store = deps.mongo ? new MongoReportingFactRepository(deps.mongo, deps.generation, slices) : new MemoryReportingFactRepository(slices);
  return {
    generation: deps.generation,
    facts: store,
    apply: (event) => recordFact(store, event),
    figures: figuresOf(store, slices),
    partnerNames: (centre) => store.partnerNames(centre),
    prepare: async () => {
      if (store instanceof MongoReportingFactRepository) await store.prepare();
    },
    drop: async () => {
      if (store instanceof MongoReportingFactRepository) await store.drop();
    },
    isReachable: () => store.isReachable(),
  };
}
