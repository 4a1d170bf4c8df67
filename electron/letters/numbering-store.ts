import { AppError } from '../../shared/api/result';
import type { LetterNumberingSetup } from '../../shared/domain/letters';
import {
  defaultNumbering,
  formatLetterNumber,
  LETTER_KINDS,
  patternProblem,
  type LetterKind,
  type LetterNumbering,
} from '../../shared/letters/numbering';
import type { OfficeIdentity } from '../../shared/domain/settings';
import type { Repositories } from '../db/repositories';
import { registerOf } from './register-repository';
import type { Db } from '../db/connection';

const SETTINGS_KEY = 'letterNumbering';

/** The office's numbering, or Sirakor's default with codes from the office's place (`Kelara` → `KLR`). */
export function numberingOf(repos: Repositories): { numbering: LetterNumbering; custom: boolean } {
  const stored = repos.settings.get<LetterNumbering>(SETTINGS_KEY);
  if (stored) return { numbering: stored, custom: true };
  const office = repos.settings.get<OfficeIdentity>('office');
  const code = office?.desaCode ?? office?.kecamatanCode ?? office?.kabupatenCode ?? null;
  const area = code ? repos.areas.get(code) : null;
  return { numbering: defaultNumbering(area?.name ?? office?.officeName ?? 'Sirakor'), custom: false };
}

export function numberingSetupOf(db: Db, repos: Repositories, today: string): LetterNumberingSetup {
  const { numbering, custom } = numberingOf(repos);
  const next = registerOf(db).lastSequence(Number(today.slice(0, 4))) + 1;
  const preview = Object.fromEntries(
    LETTER_KINDS.map((kind) => [kind, formatLetterNumber(numbering, kind, next, today)]),
  ) as Record<LetterKind, string>;
  return { numbering, custom, nextSequence: next, next: preview };
}

export function saveNumbering(repos: Repositories, numbering: LetterNumbering | null): void {
  if (numbering === null) {
    // Stored as null: the default applies again, and follows the office's place if that changes.
    repos.settings.set(SETTINGS_KEY, null);
    return;
  }
  const problem = patternProblem(numbering.pattern);
  if (problem)
    throw new AppError('VALIDATION', 'error.validation', undefined, [
      problem.params
        ? { path: 'numbering.pattern', key: problem.key, params: problem.params }
        : { path: 'numbering.pattern', key: problem.key },
    ]);
  repos.settings.set(SETTINGS_KEY, numbering);
}
