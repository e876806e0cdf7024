import { context, propagation, type Context } from '@opentelemetry/api';

/** W3C trace context (traceparent, tracestate) of the active span, for message headers. */
export function currentTraceHeaders(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

export function contextFromHeaders(headers: Record<string, string>): Context {
  return propagation.extract(context.active(), headers);
}
