import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, createAppProtocolHandler, isAppUrl, registerAppScheme } from '../../electron/host/app-protocol';

const parentDir = mkdtempSync(join(tmpdir(), 'sirakor-protocol-'));
const rendererDir = join(parentDir, 'renderer');
mkdirSync(join(rendererDir, 'assets'), { recursive: true });
writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Sirakor</title>');
writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(parentDir, 'secret.txt'), 'secret');
afterAll(() => rmSync(parentDir, { recursive: true, force: true }));

const handle = createAppProtocolHandler(rendererDir);

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
  });

  it("serves the renderer's index.html with a CSP that forbids eval and remote code", async () => {
    const response = await handle(new Request(APP_ENTRY_URL));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<title>Sirakor</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/https?:/);
  });

  it('puts the CSP on scripts as well and names their type', async () => {
    const response = await handle(new Request('app://sirakor/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(response.headers.get('content-security-policy')).not.toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('falls back to index.html for client-side routes', async () => {
    const response = await handle(new Request('app://sirakor/direktori'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Sirakor</title>');
  });

  it.each([
    'app://sirakor/../secret.txt',
    'app://sirakor/%2e%2e/secret.txt',
    'app://sirakor/..%2fsecret.txt',
    'app://sirakor/..%5csecret.txt',
    'app://sirakor/missing.js',
  ])('answers 404 outside the renderer folder or for missing files: %s', async (url) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('answers only for its own host and only to reads', async () => {
    expect((await handle(new Request('app://other/index.html'))).status).toBe(404);
    expect((await handle(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('recognises app URLs and nothing else', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://sirakor/rapat?id=1')).toBe(true);
    expect(isAppUrl('app://sirakor.evil.com/')).toBe(false);
    expect(isAppUrl('app://user@evil/')).toBe(false);
    expect(isAppUrl('https://sirakor/')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });
});
