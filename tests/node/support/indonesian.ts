import { id as indonesian } from '../../../renderer/i18n/locales/id';

/** The Indonesian text of a message key with its parameters filled in; throws for a missing key or parameter. */
export function indonesianText(key: string, params: Record<string, string | number> = {}): string {
  let node: unknown = indonesian;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`no Indonesian text for ${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`${key}: parameter ${name} missing`);
    return String(params[name]);
  });
}
