import type { Protocol } from 'electron';
import { readStaticFile } from '../preview/static-files';
import { CONTENT_SECURITY_POLICY } from '../security/csp';

/**
 * The window loads the renderer from `app://sirakor/` rather than file://: a standard, secure
 * scheme gives the page a real origin (so CSP 'self' means only the app's own files), lets the
 * handler attach the CSP header, and keeps file:// (and with it the whole disk) out of reach.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sirakor';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const RESPONSE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-cache',
} as const;

/** Must run before the app is ready: Chromium fixes scheme privileges at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** True only for pages of the app itself; anything else is foreign (web, file://, other hosts). */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...RESPONSE_HEADERS } });
}

/** Serves the built renderer folder, read-only, with the CSP on every response. */
export function createAppProtocolHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return textResponse(404, 'Not found');
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return textResponse(404, 'Not found');
    const body = request.method === 'HEAD' ? null : new Uint8Array(file.body);
    return new Response(body, { status: 200, headers: { 'content-type': file.type, ...RESPONSE_HEADERS } });
  };
}

export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
}
