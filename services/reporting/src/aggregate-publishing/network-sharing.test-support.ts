import { eventRegistry, TOPICS, type CentreSnapshot, type EventEnvelope, type Role } from '@corredor/contracts';
import { MemoryProcessedEvents } from '@corredor/persistence';
import { ApiRoutes, buildServiceApp, type MemoryAuditTrailStore, type ServiceDefinition } from '@corredor/service-kit';
import { changeTestCentre, networkTokenFor, testAppDeps, tokenFor } from '@corredor/service-kit/testing';
import request from 'supertest';
import { INDICATOR_IDS, type IndicatorId, type IndicatorUnits, type PeriodMeasures, type Unit } from '../indicators/indicator-catalog';
import type { PeriodFiguresSource } from '../indicators/period-figures';
import { networkSharingFeature, type NetworkSharing, type NetworkSharingSettings } from './network-sharing.feature';

const NO_MEASURES: PeriodMeasures = { labourClaimAmounts: {}, labourClaimFlows: {}, daysToFirstService: { cases: 0, median: null } };

/**
 * A centre's exact figures as the projection would give them, written by hand: units dated by the
 * centre's calendar day, and measures per period. Counts only categories, as the real ones do.
 */
export class HandBuiltFigures {
  private readonly units: Array<{ centre: string; day: string; indicator: IndicatorId; unit: Unit }> = [];
  private readonly measures: Array<{ centre: string; from: string; measures: PeriodMeasures }> = [];
  /** Every period asked for: (centre, from, to). */
  readonly asked: Array<[string, string, string]> = [];

  add(centre: string, day: string, indicator: IndicatorId, unit: Unit, times = 1): this {
    for (let i = 0; i < times; i += 1) this.units.push({ centre, day, indicator, unit });
    return this;
  }

  setMeasures(centre: string, from: string, measures: Partial<PeriodMeasures>): this {
    this.measures.push({ centre, from, measures: { ...NO_MEASURES, ...measures } });
    return this;
  }

  readonly source: PeriodFiguresSource = async (centre, period) => {
    this.asked.push([centre, period.from, period.to]);
    const units = Object.fromEntries(INDICATOR_IDS.map((indicator) => [indicator, [] as Unit[]])) as Record<IndicatorId, Unit[]>;
    for (const entry of this.units) if (entry.centre === centre && entry.day >= period.from && entry.day <= period.to) units[entry.indicator].push(entry.unit);
    const measures = this.measures.find((entry) => entry.centre === centre && entry.from === period.from)?.measures ?? NO_MEASURES;
    return { units: units as IndicatorUnits, measures };
  };
}

/** A person served, as people-served counts them. */
export const person = (sex: string, ageBand: string, nationality: string, language: string | string[] = 'es'): Unit => ({
  contact: 'new',
  sex,
  ageBand,
  nationality,
  language: Array.isArray(language) ? language : [language],
  migratoryStatus: 'not-recorded',
});

export const NETWORK = 'red-corredor-mx';
export const OTHER_NETWORK = 'red-sur';

/**
 * Network sharing alone in a reporting service, on in-memory stores, with hand-built figures and a
 * clock the test moves (it starts at 2026-11-23T15:00Z). Centres: Tijuana and Tapachula (the test
 * network), Motozintla (same network, shares nothing unless told), Ciudad Juárez (another network).
 */
export async function sharingTestApp(settings: Partial<NetworkSharingSettings> = {}, options: { auditStore?: MemoryAuditTrailStore } = {}) {
  let now = new Date('2026-11-23T15:00:00.000Z');
  const clock = () => now;
  const figures = new HandBuiltFigures();
  const built: NetworkSharing[] = [];
  const definition: ServiceDefinition = {
    name: 'reporting',
    errorPrefix: 'REPORTING',
    defaultPort: 3005,
    create: (deps) => {
      const sharing = networkSharingFeature({ ...deps, figures: figures.source, settings: { publishAfterDays: 0, ...settings } });
      built.push(sharing);
      const api = new ApiRoutes('reporting');
      sharing.routes(api);
      return { api, subscriptions: sharing.subscriptions, processed: new MemoryProcessedEvents(), outbox: sharing.outbox, isStoreReachable: async () => true };
    },
  };
  const deps = testAppDeps({ clock, ...(options.auditStore ? { auditStore: options.auditStore } : {}) });
  changeTestCentre(deps.centres, 'motozintla', { name: 'Centro de Atención Motozintla', city: 'Motozintla', timeZone: 'America/Mexico_City', networks: [NETWORK] });
  changeTestCentre(deps.centres, 'ciudad-juarez', { name: 'Centro de Atención a Migrantes Ciudad Juárez', city: 'Ciudad Juárez', timeZone: 'America/Ciudad_Juarez', networks: [OTHER_NETWORK] });
  const app = buildServiceApp(definition, deps);
  await app.startConsuming();
  const [sharing] = built;
  if (!sharing) throw new Error('the service was not composed');
  const bearer = async (centre: string, roles: Role[], userId?: string) => `Bearer ${await tokenFor(centre, roles, userId ?? `${roles[0] ?? 'staff'}@${centre}`)}`;
  const networkBearer = async (network: string, roles: Role[]) => `Bearer ${await networkTokenFor(network, roles, `${roles[0] ?? 'analyst'}@${network}`)}`;
  return {
    ...app,
    deps,
    sharing,
    figures,
    clock,
    setNow(iso: string) {
      now = new Date(iso);
    },
    bearer,
    networkBearer,
    coordinator: await bearer('tijuana', ['coordinator'], 'rosa@tijuana'),
    analyst: await networkBearer(NETWORK, ['network-analyst']),
    /** Records an agreement as the centre's coordinator; fails the test unless it is recorded. */
    async agree(centre: string, body: object): Promise<{ id: string; firstPeriod: string; version: number }> {
      const res = await request(app.app).post('/v1/sharing-agreements').set('Authorization', await bearer(centre, ['coordinator'])).send(body);
      if (res.status !== 201) throw new Error(`agreement refused: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as { id: string; firstPeriod: string; version: number };
    },
    async revoke(centre: string, id: string): Promise<void> {
      const res = await request(app.app).post(`/v1/sharing-agreements/${id}/revocation`).set('Authorization', await bearer(centre, ['coordinator'])).send({});
      if (res.status !== 200) throw new Error(`revocation refused: ${res.status} ${JSON.stringify(res.body)}`);
    },
    /** Publishes what the outbox holds, as the relay would, lets the view consume it, and returns every network event so far. */
    async events(): Promise<EventEnvelope[]> {
      await app.relay?.publishBatch();
      await deps.bus.drain();
      return deps.bus.messages(TOPICS.networkEvents).map((message) => JSON.parse(message.value) as EventEnvelope);
    },
    /** The messages on the network topic as they travelled (key, value), for a hub to mirror. */
    messages() {
      return deps.bus.messages(TOPICS.networkEvents);
    },
    moveCentre(id: string, change: Partial<Omit<CentreSnapshot, 'id' | 'configVersion'>>) {
      return changeTestCentre(deps.centres, id, change);
    },
  };
}

export type SharingTestApp = Awaited<ReturnType<typeof sharingTestApp>>;

/** The events of a type, parsed by the registry as a consumer would (fails on anything the contract refuses). */
export function parsed(events: readonly EventEnvelope[], type: string): EventEnvelope[] {
  return events
    .filter((event) => event.type === type)
    .map((event) => {
      const result = eventRegistry.parse(JSON.parse(JSON.stringify(event)));
      if (!result.ok) throw new Error(`${type} refused by its contract`);
      return result.event;
    });
}
