import { AppError, type ErrorCode, type Message } from '../api/result';

/**
 * Why a package (or the office's key file) was refused: a stable reason for code and tests, the
 * API error code it travels under, and the i18n key of the message (`exchange.error.*`, in
 * renderer/i18n/locales).
 */
export const EXCHANGE_ERRORS = {
  NOT_A_PACKAGE: { code: 'VALIDATION', key: 'exchange.error.notAPackage', params: [] },
  FORMAT_TOO_NEW: { code: 'VALIDATION', key: 'exchange.error.formatTooNew', params: ['format'] },
  SCHEMA_TOO_NEW: { code: 'VALIDATION', key: 'exchange.error.schemaTooNew', params: ['version'] },
  TRUNCATED: { code: 'VALIDATION', key: 'exchange.error.truncated', params: [] },
  DAMAGED: { code: 'VALIDATION', key: 'exchange.error.damaged', params: [] },
  BAD_SIGNATURE: { code: 'VALIDATION', key: 'exchange.error.badSignature', params: [] },
  MANIFEST_INVALID: { code: 'VALIDATION', key: 'exchange.error.manifestInvalid', params: [] },
  MANIFEST_MISMATCH: { code: 'VALIDATION', key: 'exchange.error.manifestMismatch', params: [] },
  UNSAFE_NAME: { code: 'VALIDATION', key: 'exchange.error.unsafeName', params: ['name'] },
  DUPLICATE_ENTRY: { code: 'VALIDATION', key: 'exchange.error.duplicateEntry', params: ['name'] },
  DUPLICATE_RECORD: { code: 'VALIDATION', key: 'exchange.error.duplicateRecord', params: ['kind', 'id'] },
  TOO_LARGE: { code: 'VALIDATION', key: 'exchange.error.tooLarge', params: [] },
  TOO_MANY_RECORDS: { code: 'VALIDATION', key: 'exchange.error.tooManyRecords', params: ['limit'] },
  RECORD_TOO_LARGE: { code: 'VALIDATION', key: 'exchange.error.recordTooLarge', params: ['record'] },
  RECORD_INVALID: { code: 'VALIDATION', key: 'exchange.error.recordInvalid', params: ['record'] },
  FOREIGN_OWNER: { code: 'VALIDATION', key: 'exchange.error.foreignOwner', params: ['record'] },
  OWNER_CONFLICT: { code: 'CONFLICT', key: 'exchange.error.ownerConflict', params: ['kind', 'id'] },
  RECIPIENT_MISMATCH: { code: 'VALIDATION', key: 'exchange.error.recipientMismatch', params: [] },
  WRONG_RECIPIENT_KEY: { code: 'VALIDATION', key: 'exchange.error.wrongRecipientKey', params: [] },
  FROM_SELF: { code: 'VALIDATION', key: 'exchange.error.fromSelf', params: [] },
  UNTRUSTED_SENDER: { code: 'CONFLICT', key: 'exchange.error.untrustedSender', params: ['office', 'kode'] },
  KEY_CHANGED: { code: 'CONFLICT', key: 'exchange.error.keyChanged', params: ['office', 'kode', 'previousKode'] },
  SOURCE_CHANGED: { code: 'IO', key: 'exchange.error.sourceChanged', params: [] },
  KEY_FILE_DAMAGED: { code: 'IO', key: 'exchange.error.keyFileDamaged', params: [] },
  KEY_FILE_OTHER_OFFICE: { code: 'CONFLICT', key: 'exchange.error.keyFileOtherOffice', params: [] },
  KEY_PROTECTION_UNAVAILABLE: { code: 'IO', key: 'exchange.error.keyProtectionUnavailable', params: [] },
} as const satisfies Record<string, { code: ErrorCode; key: string; params: readonly string[] }>;

export type ExchangeReason = keyof typeof EXCHANGE_ERRORS;

/** The parameters a reason's message needs, by name; a reason without any takes none. */
type ParamsOf<R extends ExchangeReason> = (typeof EXCHANGE_ERRORS)[R]['params'][number];
type ParamArgs<R extends ExchangeReason> = [ParamsOf<R>] extends [never] ? [] : [Record<ParamsOf<R>, string | number>];

/** A refusal with its stable reason; the dispatcher sends it like any AppError. */
export class ExchangeError<R extends ExchangeReason = ExchangeReason> extends AppError {
  readonly reason: R;

  constructor(reason: R, ...params: ParamArgs<R>) {
    super(EXCHANGE_ERRORS[reason].code, EXCHANGE_ERRORS[reason].key, params[0] as Message['params']);
    this.reason = reason;
    this.name = 'ExchangeError';
  }
}

/**
 * Text from a package shown inside a message (a file name, an office name): control and
 * direction-changing characters replaced by `?`, at most 60 characters, so a hostile name cannot
 * disguise the message around it.
 */
export function shownText(text: string, max = 60): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it removes
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '?');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}
