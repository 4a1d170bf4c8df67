import { AppError, type ErrorCode, type Message } from '../api/result';

/**
 * Why a package (or the office's key file) was refused: a stable reason for code and tests, the
 * API error code it travels under, and the i18n key of the message (`exchange.error.*`, in
 * renderer/i18n/locales).
 */
export const EXCHANGE_ERRORS = {
  NOT_A_PACKAGE: { code: 'VALIDATION', key: 'exchange.error.notAPackage' },
  FORMAT_TOO_NEW: { code: 'VALIDATION', key: 'exchange.error.formatTooNew' },
  SCHEMA_TOO_NEW: { code: 'VALIDATION', key: 'exchange.error.schemaTooNew' },
  TRUNCATED: { code: 'VALIDATION', key: 'exchange.error.truncated' },
  DAMAGED: { code: 'VALIDATION', key: 'exchange.error.damaged' },
  BAD_SIGNATURE: { code: 'VALIDATION', key: 'exchange.error.badSignature' },
  MANIFEST_INVALID: { code: 'VALIDATION', key: 'exchange.error.manifestInvalid' },
  MANIFEST_MISMATCH: { code: 'VALIDATION', key: 'exchange.error.manifestMismatch' },
  UNSAFE_NAME: { code: 'VALIDATION', key: 'exchange.error.unsafeName' },
  DUPLICATE_ENTRY: { code: 'VALIDATION', key: 'exchange.error.duplicateEntry' },
  DUPLICATE_RECORD: { code: 'VALIDATION', key: 'exchange.error.duplicateRecord' },
  TOO_LARGE: { code: 'VALIDATION', key: 'exchange.error.tooLarge' },
  TOO_MANY_RECORDS: { code: 'VALIDATION', key: 'exchange.error.tooManyRecords' },
  RECORD_TOO_LARGE: { code: 'VALIDATION', key: 'exchange.error.recordTooLarge' },
  RECORD_INVALID: { code: 'VALIDATION', key: 'exchange.error.recordInvalid' },
  FOREIGN_OWNER: { code: 'VALIDATION', key: 'exchange.error.foreignOwner' },
  OWNER_CONFLICT: { code: 'CONFLICT', key: 'exchange.error.ownerConflict' },
  RECIPIENT_MISMATCH: { code: 'VALIDATION', key: 'exchange.error.recipientMismatch' },
  WRONG_RECIPIENT_KEY: { code: 'VALIDATION', key: 'exchange.error.wrongRecipientKey' },
  FROM_SELF: { code: 'VALIDATION', key: 'exchange.error.fromSelf' },
  UNTRUSTED_SENDER: { code: 'CONFLICT', key: 'exchange.error.untrustedSender' },
  KEY_CHANGED: { code: 'CONFLICT', key: 'exchange.error.keyChanged' },
  KEY_FILE_DAMAGED: { code: 'IO', key: 'exchange.error.keyFileDamaged' },
  KEY_FILE_OTHER_OFFICE: { code: 'CONFLICT', key: 'exchange.error.keyFileOtherOffice' },
  KEY_PROTECTION_UNAVAILABLE: { code: 'IO', key: 'exchange.error.keyProtectionUnavailable' },
} as const satisfies Record<string, { code: ErrorCode; key: string }>;

export type ExchangeReason = keyof typeof EXCHANGE_ERRORS;

/** A refusal with its stable reason; the dispatcher sends it like any AppError. */
export class ExchangeError extends AppError {
  constructor(
    readonly reason: ExchangeReason,
    params?: Message['params'],
  ) {
    super(EXCHANGE_ERRORS[reason].code, EXCHANGE_ERRORS[reason].key, params);
    this.name = 'ExchangeError';
  }
}

export function isExchangeError(error: unknown): error is ExchangeError {
  return error instanceof ExchangeError;
}

/**
 * Text from a package shown inside a message (a file name, an office name): control and
 * direction-changing characters removed, at most 60 characters, so a hostile name cannot
 * disguise the message around it.
 */
export function shownText(text: string, max = 60): string {
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
