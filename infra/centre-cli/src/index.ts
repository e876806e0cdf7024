export { applyCentreFile, type ApplyCentreOptions, type ApplyCentreResult } from './commands/apply-centre.use-case';
export { changeCentreStatus, CENTRE_ACTIONS, type CentreAction, type CentreCommandOptions, type CentreStatusResult } from './commands/centre-status.use-case';
export { listCentres, reinviteCoordinator, showCentre } from './commands/centre-queries.use-case';
export type { ConnectionOptions } from './commands/connection';
export { CentreCliError, EXIT, type ExitCode, type LocatedIssue } from './centre-cli.error';
export { parseCentreFile, readCentreFile, type LoadedCentreFile } from './file/centre-file.parser';
export { centreFileSchema, PARTNER_SERVICES, type CentreFile, type Coordinator, type PartnerOrganisation } from './file/centre-file.schema';
export { DEFAULT_SERVICE_URLS, SERVICE_NAMES, type ServiceName, type ServiceUrls } from './config/service-urls';
export { DEFAULT_NETWORK, signDevelopmentOperatorToken } from './config/operator-token';
export { collectingReporter, silentReporter, type ProgressReporter, type StepRecord, type StepStatus } from './output/progress-reporter';
export { consoleReporter, type OutputStream } from './output/console-reporter';
export type { Centre, CentreChange, Invitation } from './api/api.schemas';
export { runCentreCli } from './cli/run-centre-cli';
export {
  openProjectionClient,
  projectionStatus,
  rebuildProjection,
  type FollowRebuildOptions,
  type ProjectionClient,
  type ProjectionCommandOptions,
  type RebuildOutcome,
  type RebuildProjectionOptions,
} from './commands/rebuild-projection.use-case';
export { isRebuildRunning, type ProjectionRebuild, type ProjectionState, type RebuildStatus } from './api/api.schemas';
export { REPORTING_USAGE, runReportingCli, type ReportingCliIo } from './cli/run-reporting-cli';
