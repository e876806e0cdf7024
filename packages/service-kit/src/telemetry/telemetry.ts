import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { scrubRequestUrl } from './span-scrubbing';

export interface TelemetrySettings {
  serviceName: string;
  /** OTLP/HTTP endpoint (e.g. http://collector:4318); without it telemetry stays off. */
  otlpEndpoint?: string;
  disabled?: boolean;
}

export interface Telemetry {
  enabled: boolean;
  /** Flushes spans still buffered. */
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry. Must run before express or http are loaded (each service's instrument.ts
 * is the first import of its main.ts). Spans carry route patterns, never bodies, path values or query strings.
 */
export function startTelemetry(settings: TelemetrySettings): Telemetry {
  if (settings.disabled || !settings.otlpEndpoint) return { enabled: false, shutdown: async () => {} };
  const sdk = new NodeSDK({
    serviceName: settings.serviceName,
    traceExporter: new OTLPTraceExporter({ url: `${settings.otlpEndpoint.replace(/\/$/, '')}/v1/traces` }),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req) => req.url === '/healthz' || req.url === '/readyz',
        // Set at the start and again once the route is known, overwriting what the instrumentation recorded.
        requestHook: (span, request) => {
          if ('url' in request && typeof request.url === 'string') scrubRequestUrl(span, request);
        },
        applyCustomAttributesOnSpan: (span, request) => {
          if ('url' in request && typeof request.url === 'string') scrubRequestUrl(span, request);
        },
        // The exporter's own calls would otherwise trace themselves.
        ignoreOutgoingRequestHook: (options) => String(options.path ?? '').startsWith('/v1/traces'),
      }),
      new ExpressInstrumentation(),
    ],
  });
  sdk.start();
  return { enabled: true, shutdown: () => sdk.shutdown() };
}
