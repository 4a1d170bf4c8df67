import type { HostLevel } from './meetings';

/**
 * Why the office's keys cannot be used: the reasons of `shared/exchange/errors.ts` that concern the
 * key file, and an office id in the settings that is not one (a database edited by hand).
 */
export const KEY_PROBLEMS = [
  'KEY_PROTECTION_UNAVAILABLE',
  'KEY_FILE_DAMAGED',
  'KEY_FILE_OTHER_OFFICE',
  'OFFICE_ID_INVALID',
] as const;
export type KeyProblem = (typeof KEY_PROBLEMS)[number];

/** Why the office's kode verifikasi changed (shown until someone confirms the other offices were told). */
export const KODE_CHANGE_REASONS = [
  /** A restored backup's keys were sealed for another Windows account or PC. */
  'restoreUnreadable',
  /** A restored backup carried no keys of its office. */
  'restoreWithoutKeys',
  /** The user replaced an unusable key file with new keys. */
  'replaced',
  /** The key file was gone from the data folder (deleted, or the folder copied without it): new keys were made. */
  'keysMissing',
] as const;
export type KodeChangeReason = (typeof KODE_CHANGE_REASONS)[number];

export interface KodeChange {
  at: string;
  reason: KodeChangeReason;
  /** The code the other offices knew, when it could be read. */
  previousKode: string | null;
}

/**
 * The office as other offices see it (issue 11): its stable id, what the letterhead settings say
 * about it, and its kode verifikasi, or why its keys cannot be used.
 */
export interface ExchangeIdentity {
  /** Null only when the stored id is damaged (OFFICE_ID_INVALID). */
  officeId: string | null;
  /** Null until the office's identity (Pengaturan → Data kantor) is filled in. */
  office: {
    name: string;
    level: HostLevel;
    /** The office's own area: the desa, the kecamatan or the kabupaten. */
    areaCode: string;
    areaName: string | null;
  } | null;
  keys:
    | {
        state: 'ready';
        kode: string;
        /** `safeStorage` where the OS protects the private keys, `plain` otherwise. */
        protection: string;
      }
    | {
        state: 'problem';
        reason: KeyProblem;
        /** The code of the public keys still readable in the file (another office's for KEY_FILE_OTHER_OFFICE). */
        fileKode: string | null;
      };
  kodeChange: KodeChange | null;
}
