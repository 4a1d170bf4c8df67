import type { Signatory } from '../../shared/documents/signature';
import type { Repositories } from '../db/repositories';
import { letterDefaultsOf } from './setup-store';
import { invalidField } from '../api/errors';

/**
 * Who signs a report for the chair: the person asked for, else the office's signer (Pengaturan →
 * Dokumen), else nobody (the report leaves the name to write by hand). The office's heading
 * (`CAMAT KELARA,`) goes with the office's signer, also when that person is chosen explicitly.
 */
export function reportSignerOf(
  repos: Repositories,
  signerPersonId: string | undefined,
): { signer: Signatory | null; signerHeading?: readonly string[] } {
  const letters = letterDefaultsOf(repos);
  const signerId = signerPersonId ?? letters.signerPersonId;
  const person = signerId ? repos.people.get(signerId) : null;
  if (signerPersonId && !person) {
    throw invalidField('signerPersonId', 'validation.personUnknown');
  }
  const signer = person ? { name: person.name, position: person.position, rank: person.rank, nip: person.nip } : null;
  return letters.signerHeading && signerId === letters.signerPersonId
    ? { signer, signerHeading: [letters.signerHeading] }
    : { signer };
}
