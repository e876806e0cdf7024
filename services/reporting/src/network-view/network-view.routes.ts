import { centreIdSchema, DomainError, sharingTermsSchema } from '@corredor/contracts';
import { decodeCursor, networkPrincipalOf, pageQuery, pageSchema, toPage, valid, type ApiRoutes } from '@corredor/service-kit';
import { z } from 'zod';
import { isIndicator } from '../indicators/indicator-catalog';
import { isClosed, parseFixedPeriod } from '../periods/report-period.domain';
import { networkReport } from './network-report';
import { networkReportCsv } from './network-report.csv';
import type { MemberStatus, NetworkViewRepository } from './network-view.repository';

export interface NetworkViewDeps {
  view: NetworkViewRepository;
  clock: () => Date;
}

/**
 * The last place on Earth where a day ends (UTC-12): a period is closed for the network once it is
 * over everywhere, whatever its centres' time zones (which the view, built from the topic alone,
 * does not know).
 */
const LAST_TIME_ZONE = 'Etc/GMT+12';

const memberSchema = z
  .object({
    centre: z.string(),
    centreName: z.string(),
    status: z.enum(['sharing', 'not-sharing']),
    agreement: sharingTermsSchema.nullable().meta({ description: 'What the centre shares with the network, and how; null when it shares nothing' }),
    since: z.iso.datetime(),
  })
  .meta({ id: 'NetworkMember' });

const memberDetailSchema = memberSchema
  .extend({ periods: z.array(z.object({ kind: z.string(), label: z.string(), from: z.iso.date(), to: z.iso.date() })).meta({ description: 'The periods it published, newest first' }) })
  .meta({ id: 'NetworkMemberDetail' });

const membersSchema = pageSchema(memberSchema).extend({ network: z.string() }).meta({ id: 'NetworkMemberPage' });
const membersQuery = pageQuery({ defaultLimit: 50, maxLimit: 200 });
const membersCursor = z.tuple([centreIdSchema]);

const cellSchema = z.object({ key: z.array(z.string()), value: z.number().int().nullable().meta({ description: 'null: withheld' }) });
const tableSchema = z.object({ dimensions: z.array(z.string()), cells: z.array(cellSchema).meta({ description: 'Cells not listed are zeros' }) });
const ruleSchema = z.object({ k: z.number().int(), roundTo: z.number().int().nullable() });
const amountsSchema = z.object({
  currency: z.string(),
  amounts: z
    .object({ claimed: z.string(), agreed: z.string(), awarded: z.string(), received: z.string() })
    .nullable()
    .meta({ description: 'What claims added in the period (amounts first recorded in it, what was received in it); null: withheld (too few claims, one claim most of a sum, or none)' }),
});

const reportSchema = z
  .object({
    network: z.string(),
    period: z.object({ kind: z.string(), label: z.string(), from: z.iso.date(), to: z.iso.date() }),
    generatedAt: z.iso.datetime(),
    members: z
      .array(z.object({ centre: z.string(), centreName: z.string(), status: z.enum(['sharing', 'not-sharing', 'left']), agreementId: z.string().nullable(), rule: ruleSchema.nullable() }))
      .meta({ description: 'Every member centre, those that published nothing for the period included (agreementId null)' }),
    indicators: z.array(
      z.object({
        indicator: z.string(),
        centres: z.array(z.object({ centre: z.string(), total: z.number().int().nullable(), tables: z.array(tableSchema) })),
        network: z
          .object({ over: z.array(z.string()), rule: ruleSchema, total: z.number().int().nullable(), tables: z.array(tableSchema) })
          .nullable()
          .meta({ description: "Sums of the centres' published figures, protected again under the strictest of their rules" }),
      }),
    ),
    measures: z.object({
      centres: z.array(
        z.object({
          centre: z.string(),
          labourClaimAmounts: z.array(amountsSchema).nullable(),
          daysToFirstService: z
            .object({ median: z.number().nullable(), suppressed: z.boolean().meta({ description: 'No median published: fewer than k cases, none included' }) })
            .nullable(),
        }),
      ),
      network: z.object({ labourClaimAmounts: z.array(amountsSchema).nullable() }),
    }),
  })
  .meta({ id: 'NetworkReport' });

const figuresQuery = z.object({
  period: z.string().refine((label) => parseFixedPeriod(label) !== null, 'must be a month, quarter or year such as "2026-11", "2026-Q4" or "2026"'),
  indicator: z.string().regex(/^[a-z][a-z-]{0,47}$/, 'must be an indicator id such as "people-served"').optional(),
  format: z.enum(['json', 'csv']).default('json'),
});
const centreParams = z.object({ centreId: centreIdSchema });

const memberView = (member: MemberStatus) => ({
  centre: member.centre,
  centreName: member.centreName,
  status: member.status === 'sharing' ? ('sharing' as const) : ('not-sharing' as const),
  agreement: member.agreement,
  since: member.changedAt.toISOString(),
});

const notInNetwork = () => new DomainError('REPORTING.CENTRE_NOT_IN_NETWORK', 'not-found', 'No such centre in your network.');

/**
 * The network view: what the network's member centres share with it, built from the network topic
 * only. Analysts get the figures; operators (who run the platform, not the network's analysis) get
 * only the list of members and what each agreed to share.
 */
export function networkViewRoutes(api: ApiRoutes, deps: NetworkViewDeps): void {
  api.get(
    '/network-view/centres',
    {
      summary: "The network's member centres, and what each shares (or that it shares nothing)",
      tag: 'Network view',
      query: membersQuery,
      responses: { 200: { description: 'The members, by centre id', schema: membersSchema } },
    },
    async (_req, res) => {
      const { network } = networkPrincipalOf(res);
      const { limit, cursor } = valid(res, 'query', membersQuery);
      const after = decodeCursor(cursor, membersCursor);
      const page = toPage(await deps.view.listMembers(network, { after: after?.[0] ?? null, limit: limit + 1 }), limit, (member) => [member.centre]);
      res.json({ network, items: page.items.map(memberView), nextCursor: page.nextCursor });
    },
  );

  api.get(
    '/network-view/centres/:centreId',
    {
      summary: 'One member centre: its agreement with the network and the periods it published',
      tag: 'Network view',
      params: centreParams,
      responses: { 200: { description: 'The member', schema: memberDetailSchema } },
    },
    async (_req, res) => {
      const { network } = networkPrincipalOf(res);
      const member = await deps.view.member(network, valid(res, 'params', centreParams).centreId);
      if (!member || member.status === 'left') throw notInNetwork();
      const periods = await deps.view.periodsOf(network, member.centre);
      res.json({ ...memberView(member), periods });
    },
  );

  api.get(
    '/network-view/figures',
    {
      summary: "A closed period's shared figures: each centre side by side, and the network's totals, suppressed",
      description:
        'Built only from what the centres published for the network (report.aggregate-published): no person and no unsuppressed count. ' +
        'Only a month, quarter or year that has ended everywhere can be asked for. `format=csv` answers text/csv (UTF-8 with BOM, a header block with the suppression rule).',
      tag: 'Network view',
      query: figuresQuery,
      responses: { 200: { description: 'The figures (JSON, or CSV with format=csv)', schema: reportSchema } },
    },
    async (_req, res) => {
      const { network } = networkPrincipalOf(res);
      const query = valid(res, 'query', figuresQuery);
      if (query.indicator !== undefined && !isIndicator(query.indicator)) throw new DomainError('REPORTING.UNKNOWN_INDICATOR', 'validation', 'The indicator is not one the reporting catalog knows.');
      const period = parseFixedPeriod(query.period);
      const now = deps.clock();
      if (!period || !isClosed(period, now, LAST_TIME_ZONE)) throw new DomainError('REPORTING.PERIOD_NOT_CLOSED', 'validation', 'The period has not ended yet: only closed periods are shared.');
      const [members, aggregates] = await Promise.all([deps.view.members(network), deps.view.aggregates(network, period.label)]);
      const report = networkReport({ network, period, generatedAt: now, members, aggregates, indicator: query.indicator ?? null });
      if (query.format === 'csv') {
        res.type('text/csv; charset=utf-8').attachment(`${network}-${period.label}.csv`).send(networkReportCsv(report));
        return;
      }
      res.json(report);
    },
  );
}
