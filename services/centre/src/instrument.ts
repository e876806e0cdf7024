import { startTelemetry } from '@corredor/service-kit/telemetry';
import { config } from './config';

/** Imported first by main.ts: OpenTelemetry must patch http and express before they load. */
export const telemetry = startTelemetry({
  serviceName: 'corredor-centre',
  ...(config.OTEL_EXPORTER_OTLP_ENDPOINT ? { otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT } : {}),
  disabled: config.OTEL_SDK_DISABLED,
});
