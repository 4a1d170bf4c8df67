/** Channel names shared by the preload, the main process and the preview host. */
export const IPC_INVOKE_CHANNEL = 'sirakor:invoke';
export const IPC_EVENT_CHANNEL = 'sirakor:changed';
/** HTTP header that carries the preview host's per-run token. */
export const PREVIEW_TOKEN_HEADER = 'x-sirakor-token';
