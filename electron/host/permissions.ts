import type { Session } from 'electron';

/**
 * Sirakor needs no camera, microphone, location, notifications, USB or serial access; denying
 * every request and check means a compromised page cannot ask the user for any of them.
 */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
