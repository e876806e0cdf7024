import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The app's Content-Security-Policy: scripts, styles, fonts and calls only from this origin (no
 * inline script or style, no eval: the Vite build needs none), images from here or data: URLs, no
 * framing, no plugins. Forms may post here and, as sign-out then sends the browser to the
 * provider's page, to the provider's origin.
 */
export function securityHeaders(options: { providerOrigin: string; https: boolean }): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'", options.providerOrigin],
        // On plain http (a laptop) this would send every asset request to an https that is not there.
        ...(options.https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // As frame-ancestors 'none', for browsers that read only this.
    xFrameOptions: { action: 'deny' },
    // People's data: no address of a case page leaves for another site. 'same-origin' rather than
    // 'no-referrer': under no-referrer a browser sends `Origin: null` on the app's own form posts
    // (sign-out), and the CSRF check refuses any origin but the app's.
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: options.https ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  });
}
