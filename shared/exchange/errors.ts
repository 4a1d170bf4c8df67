import { AppError, type ErrorCode, type Message } from '../api/result';

/**
 * Why a package (or the office's key file) was refused: a stable reason for code and tests, the
 * API error code it travels under, and the i18n key of the message (`error.exchange.*`, in
 * renderer/i18n/locales).
 */
export const EXCHANGE_ERRORS = {
  NOT_A_PACKAGE: { code: 'VALIDATION', key: 'error.exchange.notAPackage', params: [] },
  FORMAT_TOO_NEW: { code: 'VALIDATION', key: 'error.exchange.formatTooNew', params: ['format'] },
  SCHEMA_TOO_NEW: { code: 'VALIDATION', key: 'error.exchange.schemaTooNew', params: ['version'] },
  TRUNCATED: { code: 'VALIDATION', key: 'error.exchange.truncated', params: [] },
  DAMAGED: { code: 'VALIDATION', key: 'error.exchange.damaged', params: [] },
  BAD_SIGNATURE: { code: 'VALIDATION', key: 'error.exchange.badSignature', params: [] },
  MANIFEST_INVALID: { code: 'VALIDATION', key: 'error.exchange.manifestInvalid', params: [] },
  MANIFEST_MISMATCH: { code: 'VALIDATION', key: 'error.exchange.manifestMismatch', params: [] },
  UNSAFE_NAME: { code: 'VALIDATION', key: 'error.exchange.unsafeName', params: ['name'] },
  DUPLICATE_ENTRY: { code: 'VALIDATION', key: 'error.exchange.duplicateEntry', params: ['name'] },
  DUPLICATE_RECORD: { code: 'VALIDATION', key: 'error.exchange.duplicateRecord', params: ['kind', 'id'] },
  TOO_LARGE: { code: 'VALIDATION', key: 'error.exchange.tooLarge', params: [] },
  TOO_MANY_RECORDS: { code: 'VALIDATION', key: 'error.exchange.tooManyRecords', params: ['limit'] },
  RECORD_TOO_LARGE: { code: 'VALIDATION', key: 'error.exchange.recordTooLarge', params: ['record'] },
  RECORD_INVALID: { code: 'VALIDATION', key: 'error.exchange.recordInvalid', params: ['record'] },
  FOREIGN_OWNER: { code: 'VALIDATION', key: 'error.exchange.foreignOwner', params: ['record'] },
  OWNER_CONFLICT: { code: 'CONFLICT', key: 'error.exchange.ownerConflict', params: ['kind', 'id'] },
  FOREIGN_PARENT: { code: 'VALIDATION', key: 'error.exchange.foreignParent', params: ['record'] },
  RECIPIENT_MISMATCH: { code: 'VALIDATION', key: 'error.exchange.recipientMismatch', params: [] },
  WRONG_RECIPIENT_KEY: { code: 'VALIDATION', key: 'error.exchange.wrongRecipientKey', params: [] },
  FROM_SELF: { code: 'VALIDATION', key: 'error.exchange.fromSelf', params: [] },
  UNTRUSTED_SENDER: { code: 'CONFLICT', key: 'error.exchange.untrustedSender', params: ['office', 'kode'] },
  KEY_CHANGED: { code: 'CONFLICT', key: 'error.exchange.keyChanged', params: ['office', 'kode', 'previousKode'] },
  SOURCE_CHANGED: { code: 'IO', key: 'error.exchange.sourceChanged', params: [] },
  KEY_FILE_DAMAGED: { code: 'IO', key: 'error.exchange.keyFileDamaged', params: [] },
  KEY_FILE_OTHER_OFFICE: { code: 'CONFLICT', key: 'error.exchange.keyFileOtherOffice', params: [] },
  KEY_PROTECTION_UNAVAILABLE: { code: 'IO', key: 'error.exchange.keyProtectionUnavailable', params: [] },
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
