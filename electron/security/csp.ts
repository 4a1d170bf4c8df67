/**
 * Content Security Policy of the renderer, sent by both hosts. No 'unsafe-eval' and no remote
 * origin: the UI only runs the scripts shipped with the app and only talks to its own host.
 * Inline styles are allowed because the component kit sets style attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "frame-src 'self' blob:",
].join('; ');
