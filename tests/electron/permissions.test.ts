import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { denyAllPermissions } from '../../electron/host/permissions';

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type CheckHandler = (...args: unknown[]) => boolean;

describe('permission handlers', () => {
  const session = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  };
  denyAllPermissions(session as unknown as Session);

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown'])(
    'denies a request for %s',
    (permission) => {
      const handler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as RequestHandler;
      const callback = vi.fn();
      handler({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it('answers every permission check and device check with no', () => {
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as CheckHandler;
    const device = session.setDevicePermissionHandler.mock.calls[0]?.[0] as CheckHandler;
    expect(check({}, 'media', 'app://sirakor', {})).toBe(false);
    expect(device({ deviceType: 'usb', origin: 'app://sirakor' })).toBe(false);
  });
});
