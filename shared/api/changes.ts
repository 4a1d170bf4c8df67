import type { z } from 'zod';

/**
 * What the data is made of, as far as screens are concerned: every read names the entities it
 * reads, every write the entities it changes, and a change event tells which changed. A meeting's
 * parts (agenda, participants, minutes, decisions, files, its commitments) are announced as `meetings`;
 * the intervention catalogue is `catalogue`; the backup copies in the data folder are `backups`;
 * the register of outgoing letters (buku agenda surat keluar) is `letters`; the host's running and
 * finished jobs (exports, documents, backups) are `jobs`, announced as they progress.
 */
export const ENTITIES = [
  'settings',
  'areas',
  'institutions',
  'people',
  'meetings',
  'commitments',
  'plans',
  'catalogue',
  'backups',
  'letters',
  'jobs',
  'exchange',
] as const;
export type Entity = (typeof ENTITIES)[number];

/**
 * Which records of an entity a read holds or a write touched. An entity listed here with ids is
 * about those records only; an entity without an entry is about any of its records (lists, totals).
 */
export type EntityIds = Partial<Record<Entity, string[]>>;

export interface ChangeEvent {
  entities: Entity[];
  /** The records touched, where the contract can tell (the meeting whose minutes changed). */
  ids?: EntityIds;
}

/** A read: what it reads, and which records when its input names them. */
export interface ReadSpec<I extends z.ZodType, O> {
  input: I;
  reads: readonly Entity[];
  readIds: ((input: z.output<I>) => EntityIds) | null;
  changes: readonly [];
  touched: null;
  /** Phantom: carries the output type only. */
  output: O;
}

/** A write: what it changes, announced after it succeeds, and which records when its input or answer tells. */
export interface WriteSpec<I extends z.ZodType, O> {
  input: I;
  reads: null;
  readIds: null;
  changes: readonly Entity[];
  touched: ((input: z.output<I>, output: O) => EntityIds) | null;
  output: O;
}

export type MethodSpec<I extends z.ZodType, O> = ReadSpec<I, O> | WriteSpec<I, O>;

/**
 * Declares one operation: `method(input).reads([...]).returns<O>()` or
 * `method(input).changes([...]).returns<O>(touched)`; one of the two is required.
 */
export function method<I extends z.ZodType>(input: I) {
  return {
    reads(entities: readonly Entity[], readIds?: (input: z.output<I>) => EntityIds) {
      return {
        returns<O>(): ReadSpec<I, O> {
          return {
            input,
            reads: entities,
            readIds: readIds ?? null,
            changes: [],
            touched: null,
            output: undefined as O,
          };
        },
      };
    },
    changes(entities: readonly Entity[]) {
      return {
        returns<O>(touched?: (input: z.output<I>, output: O) => EntityIds): WriteSpec<I, O> {
          return {
            input,
            reads: null,
            readIds: null,
            changes: entities,
            touched: touched ?? null,
            output: undefined as O,
          };
        },
      };
    },
  };
}

/**
 * Whether an answer that read `reads` (only the records `readIds` names, where it names them) may
 * be out of date after `event`: it shares an entity with the event, unless both sides name records
 * of that entity and none is the same (minutes of meeting X leave meeting Y's workspace alone).
 */
export function isAffected(event: ChangeEvent, reads: readonly Entity[], readIds: EntityIds | null): boolean {
  return event.entities.some((entity) => {
    if (!reads.includes(entity)) return false;
    const held = readIds?.[entity];
    const touched = event.ids?.[entity];
    if (!held || !touched) return true;
    return touched.some((id) => held.includes(id));
  });
}
