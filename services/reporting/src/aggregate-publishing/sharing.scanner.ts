import { randomUUID } from 'node:crypto';
import { addDays, createEvent, dayIn, reportAggregatePublishedV1, reportSharingStatusChangedV1, type CentreSnapshot } from '@corredor/contracts';
import { errorFields, silentLogger, toOutboxRecord, type Logger } from '@corredor/messaging';
import { periodicScan, type CentreDirectoryView } from '@corredor/service-kit';
import { VersionConflictError } from '@corredor/persistence';
import { inSlices } from '../cooperative/time-slices';
import type { PeriodFiguresSource } from '../indicators/period-figures';
import { nextFixedPeriod, type FixedPeriod } from '../periods/report-period.domain';
import { covers, firstPeriodFrom, firstPeriodOfAgreement, type SharingAgreement } from '../sharing-agreements/sharing-agreement.domain';
import type { SharingAgreementRepository } from '../sharing-agreements/sharing-agreement.repository';
import { deterministicEventId } from './event-ids';
import { figuresSharedBy, sharedFiguresSteps } from './shared-figures.domain';
import { changed, wantedStatuses, type WantedStatus } from './sharing-status.domain';
import { publishedPeriodId, type AnnouncedStatus, type SharingLedger } from './sharing-ledger.repository';

export interface SharingScannerDeps {
  agreements: SharingAgreementRepository;
  ledger: SharingLedger;
  /** The centres this deployment knows, with their networks and time zones. */
  centres: Pick<CentreDirectoryView, 'all' | 'centresOfNetwork'>;
  figures: PeriodFiguresSource;
  clock: () => Date;
  outboxWritten: () => void;
  logger?: Logger;
  /** Days a period waits after it closed before it is published, so late records make it in (0: the day after it ends). */
  publishAfterDays: number;
  /** Periods one agreement publishes per scan at most (an agreement starting years back catches up over several scans). */
  periodsPerScan?: number;
}

export interface ScanResult {
  announced: number;
  published: number;
}

/**
 * Announces each member centre's sharing status in each of its networks (once per change) and
 * publishes each closed period of each agreement (once, ever) on the network topic. The state lives
 * in the ledger, written in the same transaction as the outbox: a restarted scanner, or a second
 * instance scanning at the same time, announces and publishes nothing twice.
 */
export interface SharingScanner {
  scanOnce(): Promise<ScanResult>;
  /** Scans now and then every `intervalMs` (each scan waits for the previous one). */
  start(intervalMs: number): void;
  /** Stops scanning, after the scan under way if any. */
  stop(): Promise<void>;
}

const SOURCE = '/corredor/reporting';
const keyOf = (network: string, centre: string) => `${network}/${centre}`;

export function createSharingScanner(deps: SharingScannerDeps): SharingScanner {
  const logger = deps.logger ?? silentLogger;
  const periodsPerScan = deps.periodsPerScan ?? 24;

  async function announce(wanted: WantedStatus, before: AnnouncedStatus | undefined, now: Date, scanId: string): Promise<boolean> {
    const revision = (before?.revision ?? 0) + 1;
    const base = { centre: wanted.centre, network: wanted.network, centreName: wanted.centreName, changedAt: now.toISOString() };
    const agreement = wanted.agreement;
    const data =
      wanted.status === 'sharing' && agreement
        ? {
            ...base,
            status: 'sharing' as const,
            agreement: {
              agreementId: agreement.id,
              indicators: agreement.terms.indicators.map((shared) => ({ indicator: shared.indicator, breakdowns: shared.breakdowns.map((b) => [...b]) })),
              measures: [...agreement.terms.measures],
              from: agreement.terms.from,
              periodKind: agreement.terms.periodKind,
              firstPeriod: agreement.firstPeriod,
              rule: { k: agreement.terms.k, roundTo: agreement.terms.roundTo },
              agreedAt: agreement.agreedAt.toISOString(),
            },
          }
        : { ...base, status: wanted.status === 'left' ? ('left' as const) : ('not-sharing' as const), agreement: null };
    const event = createEvent(reportSharingStatusChangedV1, data, {
      id: deterministicEventId(`status/${wanted.id}/${revision}`),
      tenant: wanted.centre,
      source: SOURCE,
      correlationId: `sharing-scan-${scanId}`,
      causationId: agreement?.id ?? `status-${wanted.id}-${revision}`,
      subject: keyOf(wanted.network, wanted.centre),
      time: now,
    });
    const status: AnnouncedStatus = { id: wanted.id, centre: wanted.centre, network: wanted.network, status: wanted.status, agreementId: agreement?.id ?? null, centreName: wanted.centreName, revision, announcedAt: now };
    return deps.ledger.claimStatus(status, [toOutboxRecord(reportSharingStatusChangedV1, event, keyOf(wanted.network, wanted.centre), now)]);
  }


  async function announceStatuses(agreements: readonly SharingAgreement[], now: Date, scanId: string): Promise<number> {
    const announced = await deps.ledger.statuses();
    const byId = new Map(announced.map((status) => [status.id, status]));
    let count = 0;
    for (const wanted of wantedStatuses(deps.centres.all(), agreements, announced)) {
      const before = byId.get(wanted.id);
      if (!changed(wanted, before)) continue;
      try {
        if (await announce(wanted, before, now, scanId)) count += 1;
      } catch (error) {
        logger.error({ ...errorFields(error), centre: wanted.centre, network: wanted.network }, 'sharing status not announced; the next scan retries');
      }
    }
    return count;
  }

  async function publishPeriod(agreement: SharingAgreement, period: FixedPeriod, timeZone: string, now: Date, scanId: string): Promise<boolean> {
    const figures = await deps.figures(agreement.centre, period, timeZone, figuresSharedBy(agreement.terms));
    const shared = await inSlices(sharedFiguresSteps(agreement.terms, figures));
    const id = publishedPeriodId(agreement.centre, agreement.network, period.label);
    const event = createEvent(
      reportAggregatePublishedV1,
      {
        centre: agreement.centre,
        network: agreement.network,
        agreementId: agreement.id,
        period: { kind: period.kind, label: period.label, from: period.from, to: period.to },
        ...shared,
        publishedAt: now.toISOString(),
      },
      { id: deterministicEventId(id), tenant: agreement.centre, source: SOURCE, correlationId: `sharing-scan-${scanId}`, causationId: agreement.id, subject: keyOf(agreement.network, agreement.centre), time: now },
    );
    return deps.ledger.claimPeriod(
      { id, centre: agreement.centre, network: agreement.network, agreementId: agreement.id, period, publishedAt: now },
      [toOutboxRecord(reportAggregatePublishedV1, event, keyOf(agreement.network, agreement.centre), now)],
    );
  }

  /** The next period the agreement may publish: after its start, and after anything published for the centre and network (by whichever agreement). */
  async function nextPeriodOf(agreement: SharingAgreement): Promise<FixedPeriod | null> {
    const first = firstPeriodOfAgreement(agreement);
    if (!first) return null;
    const last = await deps.ledger.lastPublished(agreement.centre, agreement.network);
    return last && last.period.to >= first.from ? firstPeriodFrom(agreement.terms.periodKind, addDays(last.period.to, 1)) : first;
  }

  async function publishAgreement(agreement: SharingAgreement, centre: CentreSnapshot, now: Date, scanId: string): Promise<number> {
    const timeZone = centre.timeZone;
    const today = dayIn(now, timeZone);
    let period = await nextPeriodOf(agreement);
    let published = 0;
    for (let i = 0; period && i < periodsPerScan; i += 1) {
      if (!covers(agreement, period, timeZone)) {
        // Revoked, and every period before the revocation is out: the agreement is done.
        if (agreement.status === 'revoked') await settle(agreement);
        break;
      }
      if (addDays(period.to, deps.publishAfterDays) >= today) break;
      if (await publishPeriod(agreement, period, timeZone, now, scanId)) published += 1;
      period = nextFixedPeriod(period);
    }
    return published;
  }

  async function settle(agreement: SharingAgreement): Promise<void> {
    try {
      await deps.agreements.update({ ...agreement, settled: true }, agreement.version);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
    }
  }

  async function publishPeriods(agreements: readonly SharingAgreement[], now: Date, scanId: string): Promise<number> {
    let published = 0;
    for (const agreement of agreements) {
      // Found among the network's members only while the centre is one.
      const centre = deps.centres.centresOfNetwork(agreement.network).find((member) => member.id === agreement.centre);
      if (!centre) continue;
      try {
        published += await publishAgreement(agreement, centre, now, scanId);
      } catch (error) {
        logger.error({ ...errorFields(error), centre: agreement.centre, network: agreement.network, agreementId: agreement.id }, 'shared figures not published; the next scan retries');
      }
    }
    return published;
  }

  async function scanOnce(): Promise<ScanResult> {
    const now = deps.clock();
    const scanId = randomUUID();
    const agreements = await deps.agreements.toPublish();
    const announced = await announceStatuses(agreements, now, scanId);
    const published = await publishPeriods(agreements, now, scanId);
    if (announced + published > 0) {
      deps.outboxWritten();
      logger.info({ announced, published }, 'network sharing announced');
    }
    return { announced, published };
  }

  const loop = periodicScan(scanOnce, { logger, name: 'sharing scan' });
  return { scanOnce, start: (intervalMs) => loop.start(intervalMs), stop: () => loop.stop() };
}
