import type { MessageRecipient } from '../../shared/domain/messages';
import { maskPhone } from '../../shared/format/personal';
import { whatsappNumber } from '../../shared/messages/whatsapp';
import type { Repositories } from '../db/repositories';

/**
 * Whom a message can be opened in WhatsApp for: people and institutions of the directory, with
 * their number masked (the full number only ever goes into the link the host makes). Those with a
 * number WhatsApp can use come first, each once, in the order given.
 */
export function recipientsOf(
  repos: Repositories,
  refs: readonly { kind: 'person' | 'institution'; id: string }[],
): MessageRecipient[] {
  const seen = new Set<string>();
  const found: MessageRecipient[] = [];
  for (const ref of refs) {
    const key = `${ref.kind}:${ref.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (ref.kind === 'person') {
      const person = repos.people.get(ref.id);
      if (!person) continue;
      found.push({
        kind: 'person',
        id: person.id,
        name: person.name,
        detail: person.position ?? person.institutionName,
        maskedPhone: whatsappNumber(person.phone) ? maskPhone(person.phone) : null,
      });
    } else {
      const institution = repos.institutions.get(ref.id);
      if (!institution) continue;
      found.push({
        kind: 'institution',
        id: institution.id,
        name: institution.name,
        detail: null,
        maskedPhone: whatsappNumber(institution.phone) ? maskPhone(institution.phone) : null,
      });
    }
  }
  return [...found.filter((r) => r.maskedPhone), ...found.filter((r) => !r.maskedPhone)];
}

/** The number of a person or an institution, for the link; null without one. */
export function numberOf(repos: Repositories, ref: { personId?: string; institutionId?: string }): string | null {
  if (ref.personId) return whatsappNumber(repos.people.get(ref.personId)?.phone ?? null);
  if (ref.institutionId) return whatsappNumber(repos.institutions.get(ref.institutionId)?.phone ?? null);
  return null;
}
