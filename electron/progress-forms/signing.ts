import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Repositories } from '../db/repositories';

/**
 * The check values of a progress form. Every form and every row carries a code with the ids it
 * stands for and an HMAC-SHA256 over them, keyed with a secret that this installation draws on
 * first use and keeps in its settings. An edited id, a forged check value, a row moved from
 * another institution's form or a form made by another office's Sirakor is therefore recognised
 * when the form comes back. The installation id says which Sirakor made a form, so a form of
 * another office is named as such rather than as "damaged".
 */

export const FORM_SIGNING_KEY = 'formSigning';

export interface FormSigning {
  /** 16 hex digits, printed in every form's code. */
  installationId: string;
  /** 32 random bytes, base64. */
  secret: string;
}

/** This installation's signing key, drawn (and stored) the first time a form is made or read. */
export function formSigningOf(repos: Repositories): FormSigning {
  const stored = repos.settings.get<FormSigning>(FORM_SIGNING_KEY);
  if (stored && /^[0-9a-f]{16}$/.test(stored.installationId) && stored.secret.length >= 40) return stored;
  const fresh: FormSigning = {
    installationId: randomBytes(8).toString('hex'),
    secret: randomBytes(32).toString('base64'),
  };
  repos.settings.set(FORM_SIGNING_KEY, fresh);
  return fresh;
}

const VERSION = 'SRK1';
/** Characters of the base64url HMAC kept in a code (132 bits). */
const MAC_LENGTH = 22;

function macOf(signing: FormSigning, fields: readonly string[]): string {
  return createHmac('sha256', Buffer.from(signing.secret, 'base64'))
    .update(fields.join('|'))
    .digest('base64url')
    .slice(0, MAC_LENGTH);
}

function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** What a form's code says: which form, for which institution, made when and by which installation. */
export interface FormCode {
  formId: string;
  institutionId: string;
  /** ISO instant. */
  generatedAt: string;
  installationId: string;
}

/** What a row's code says: the commitment, its institution and the commitment's `updated_at` then. */
export interface RowCode {
  commitmentId: string;
  institutionId: string;
  stamp: string;
}

export function formCode(signing: FormSigning, code: Omit<FormCode, 'installationId'>): string {
  const fields = ['f', code.formId, code.institutionId, code.generatedAt, signing.installationId];
  return [VERSION, ...fields, macOf(signing, fields)].join('|');
}

export function rowCode(signing: FormSigning, formId: string, code: RowCode): string {
  const fields = ['r', code.commitmentId, code.institutionId, code.stamp];
  return [VERSION, ...fields, macOf(signing, [...fields, formId])].join('|');
}

export type FormCodeCheck =
  { ok: true; code: FormCode } | { ok: false; reason: 'damaged' | 'otherOffice' | 'tampered'; code: FormCode | null };

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?Z$/;

export function looksLikeFormCode(text: string): boolean {
  return text.startsWith(`${VERSION}|f|`);
}

export function checkFormCode(signing: FormSigning, text: string): FormCodeCheck {
  const parts = text.split('|');
  if (parts.length !== 7 || parts[0] !== VERSION || parts[1] !== 'f')
    return { ok: false, reason: 'damaged', code: null };
  const [, , formId = '', institutionId = '', generatedAt = '', installationId = '', mac = ''] = parts;
  if (
    !ID.test(formId) ||
    !ID.test(institutionId) ||
    !INSTANT.test(generatedAt) ||
    !/^[0-9a-f]{16}$/.test(installationId)
  )
    return { ok: false, reason: 'damaged', code: null };
  const code = { formId, institutionId, generatedAt, installationId };
  if (installationId !== signing.installationId) return { ok: false, reason: 'otherOffice', code };
  const expected = macOf(signing, ['f', formId, institutionId, generatedAt, installationId]);
  return sameMac(mac, expected) ? { ok: true, code } : { ok: false, reason: 'tampered', code };
}

export type RowCodeCheck =
  { ok: true; code: RowCode } | { ok: false; reason: 'damaged' | 'tampered'; code: RowCode | null };

/** A row's code, read (its institution is known even when the check value fails) and checked. */
export function checkRowCode(signing: FormSigning, formId: string, text: string): RowCodeCheck {
  const parts = text.split('|');
  if (parts.length !== 6 || parts[0] !== VERSION || parts[1] !== 'r')
    return { ok: false, reason: 'damaged', code: null };
  const [, , commitmentId = '', institutionId = '', stamp = '', mac = ''] = parts;
  if (!ID.test(commitmentId) || !ID.test(institutionId) || !INSTANT.test(stamp))
    return { ok: false, reason: 'damaged', code: null };
  const code = { commitmentId, institutionId, stamp };
  const expected = macOf(signing, ['r', commitmentId, institutionId, stamp, formId]);
  return sameMac(mac, expected) ? { ok: true, code } : { ok: false, reason: 'tampered', code };
}
