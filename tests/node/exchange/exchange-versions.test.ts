import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareStamps,
  formatStamp,
  MAX_COUNTER,
  MAX_OBSERVED_AHEAD_MS,
  MAX_WALL,
  nextStamp,
  observe,
  parseStamp,
  tick,
  type ClockState,
  type VersionStamp,
} from '../../../shared/exchange/stamp';
import {
  canonicalJson,
  compareVersions,
  decideIncoming,
  mergeVersions,
  type RecordData,
  type RecordVersion,
} from '../../../shared/exchange/versions';

/**
 * Version stamps (a hybrid logical clock per office) and last-writer-wins with tombstones: the
 * properties that make any order of the same packages, repeated or not, converge.
 */

const KELARA = '0199f1a0-0000-7000-8000-000000000005';
const RUMBIA = '0199f1a0-0000-7000-8000-000000000010';
const JENEPONTO = '0199f1a0-0000-7000-8000-000000000100';
const OFFICES = [KELARA, RUMBIA, JENEPONTO];
const OCT_2025 = Date.parse('2025-10-17T01:00:00.000Z');

const office = fc.constantFrom(...OFFICES);
const stamp: fc.Arbitrary<VersionStamp> = fc.record({
  wall: fc.integer({ min: 0, max: MAX_WALL }),
  counter: fc.integer({ min: 0, max: MAX_COUNTER }),
  office,
});
const sign = (n: number) => Math.sign(n);

describe('version stamps', () => {
  it('are written as text that reads back as the same stamp', () => {
    fc.assert(
      fc.property(stamp, (s) => {
        expect(parseStamp(formatStamp(s))).toEqual(s);
      }),
    );
  });

  it('compare as their text compares, so SQL can order them as strings', () => {
    fc.assert(
      fc.property(stamp, stamp, (a, b) => {
        const [ta, tb] = [formatStamp(a), formatStamp(b)];
        expect(sign(compareStamps(a, b))).toBe(ta < tb ? -1 : ta > tb ? 1 : 0);
      }),
    );
  });

  it('refuse text that is not a stamp', () => {
    const good = formatStamp({ wall: OCT_2025, counter: 7, office: KELARA });
    expect(good).toBe(`2025-10-17T01:00:00.000Z_0007_${KELARA}`);
    for (const bad of [
      '',
      good.toUpperCase(),
      good.replace('2025-10-17', '2025-02-30'),
      good.replace('_0007_', '_7_'),
      good.replace('_0007_', '_fffff_'),
      `${good} `,
      good.replace(KELARA, 'kelara'),
      good.replace('.000Z', 'Z'),
    ])
      expect(parseStamp(bad), bad).toBeNull();
    expect(() => formatStamp({ wall: -1, counter: 0, office: KELARA })).toThrow();
    expect(() => formatStamp({ wall: 0, counter: MAX_COUNTER + 1, office: KELARA })).toThrow();
  });
});

describe('the clock', () => {
  const clockAfter = (nows: number[]): VersionStamp[] => {
    let state: ClockState | null = null;
    return nows.map((now) => {
      const next = nextStamp(state, now, KELARA);
      state = next.state;
      return next.stamp;
    });
  };

  it('issues strictly increasing stamps, even when the PC clock stands still or runs backwards', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: OCT_2025 - 1e9, max: OCT_2025 + 1e9 }), { maxLength: 200 }), (nows) => {
        const stamps = clockAfter(nows);
        for (let i = 1; i < stamps.length; i++)
          expect(compareStamps(stamps[i - 1] as VersionStamp, stamps[i] as VersionStamp)).toBeLessThan(0);
      }),
    );
  });

  it('follows the wall clock when it moves on', () => {
    const [first, second] = clockAfter([OCT_2025, OCT_2025 + 5]);
    expect(first).toEqual({ wall: OCT_2025, counter: 0, office: KELARA });
    expect(second).toEqual({ wall: OCT_2025 + 5, counter: 0, office: KELARA });
  });

  it('moves the wall on by a millisecond when the counter runs out', () => {
    expect(tick({ wall: OCT_2025, counter: MAX_COUNTER }, OCT_2025)).toEqual({ wall: OCT_2025 + 1, counter: 0 });
  });

  it('stamps every later change above every stamp it has observed, unless that stamp is more than a day ahead', () => {
    fc.assert(
      fc.property(
        fc.option(
          fc.record({
            wall: fc.integer({ min: 0, max: OCT_2025 * 2 }),
            counter: fc.integer({ min: 0, max: MAX_COUNTER }),
          }),
        ),
        stamp,
        fc.integer({ min: 0, max: OCT_2025 * 2 }),
        (last, seen, now) => {
          const after = observe(last, seen, now);
          if (seen.wall > now + MAX_OBSERVED_AHEAD_MS) {
            expect(after).toEqual(last);
            return;
          }
          const next = tick(after, now);
          expect(compareStamps({ ...next, office: seen.office }, seen)).toBeGreaterThan(0);
          if (last) expect(compareStamps({ ...next, office: KELARA }, { ...last, office: KELARA })).toBeGreaterThan(0);
        },
      ),
    );
  });
});

/** Versions of one record (one kind, one id, one owner), made to collide: few walls, few counters, few contents. */
const version: fc.Arbitrary<RecordVersion> = fc
  .record({
    wall: fc.integer({ min: 0, max: 3 }),
    counter: fc.integer({ min: 0, max: 2 }),
    deleted: fc.boolean(),
    data: fc.constantFrom<RecordData>(
      { title: 'Rakor', status: 'draft' },
      { status: 'draft', title: 'Rakor' },
      { title: 'Rakor', status: 'approved' },
      { title: 'Rakor Triwulan IV', area_codes: ['73.04.05', '73.04.10'], amount: 12_500_000 },
    ),
  })
  .map(({ wall, counter, deleted, data }) => ({
    kind: 'meetings',
    id: '0199f1b0-0000-7000-8000-000000000005',
    owner: KELARA,
    version: formatStamp({ wall: OCT_2025 + wall, counter, office: KELARA }),
    deleted,
    data: deleted ? null : data,
  }));

function same(a: RecordVersion, b: RecordVersion): void {
  expect(canonicalJson(a)).toBe(canonicalJson(b));
}

describe('last writer wins, with tombstones', () => {
  it('merging is commutative', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        same(mergeVersions(a, b), mergeVersions(b, a));
      }),
    );
  });

  it('merging is associative', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        same(mergeVersions(mergeVersions(a, b), c), mergeVersions(a, mergeVersions(b, c)));
      }),
    );
  });

  it('merging is idempotent', () => {
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(mergeVersions(a, a)).toBe(a);
        same(mergeVersions(mergeVersions(a, b), b), mergeVersions(a, b));
      }),
    );
  });

  it('a tombstone wins over a live version with the same stamp; a later live version (restored by its owner) wins over it', () => {
    const live: RecordVersion = {
      kind: 'meetings',
      id: '0199f1b0-0000-7000-8000-000000000005',
      owner: KELARA,
      version: formatStamp({ wall: OCT_2025, counter: 0, office: KELARA }),
      deleted: false,
      data: { title: 'Rakor' },
    };
    const tombstone = { ...live, deleted: true, data: null };
    expect(mergeVersions(live, tombstone)).toBe(tombstone);
    const restored = { ...live, version: formatStamp({ wall: OCT_2025, counter: 1, office: KELARA }) };
    expect(mergeVersions(tombstone, restored)).toBe(restored);
    expect(compareVersions(live, { ...live, data: { title: 'Rakor' } })).toBe(0);
  });
});

/** An installation reduced to what exchange decides: one stored version per record. */
class Installation {
  readonly records = new Map<string, RecordVersion>();
  readonly refused: string[] = [];

  apply(pkg: { sender: string; versions: RecordVersion[] }): void {
    for (const incoming of pkg.versions) {
      const key = `${incoming.kind}/${incoming.id}`;
      const decision = decideIncoming(this.records.get(key) ?? null, incoming, pkg.sender);
      if (decision.action === 'refuse') this.refused.push(`${decision.reason} ${key}`);
      else if (decision.action !== 'keep') this.records.set(key, incoming);
    }
  }

  dump(): string {
    return canonicalJson([...this.records.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}

/** Packages of the three offices: versions of a few records each office owns. */
const packages = fc.array(
  fc
    .record({
      sender: office,
      versions: fc.array(
        fc.record({
          id: fc.constantFrom('a', 'b', 'c'),
          wall: fc.integer({ min: 0, max: 5 }),
          counter: fc.integer({ min: 0, max: 1 }),
          deleted: fc.boolean(),
          percent: fc.integer({ min: 0, max: 100 }),
        }),
        { maxLength: 6 },
      ),
    })
    .map(({ sender, versions }) => ({
      sender,
      versions: versions.map((v): RecordVersion => ({
        kind: 'commitments',
        // Each office's records have their own ids (UUIDv7 never collide).
        id: `${sender.slice(-3)}-${v.id}`,
        owner: sender,
        version: formatStamp({ wall: OCT_2025 + v.wall, counter: v.counter, office: sender }),
        deleted: v.deleted,
        data: v.deleted ? null : { percent: v.percent },
      })),
    })),
  { minLength: 1, maxLength: 12 },
);

describe('any order of the same packages', () => {
  it('gives every installation the same records, however often a package is repeated or replayed late', () => {
    fc.assert(
      fc.property(
        packages,
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
        (sent, orderA, orderB) => {
          const inOrder = new Installation();
          for (const pkg of sent) inOrder.apply(pkg);
          const replay = (order: number[]) => {
            const installation = new Installation();
            // Every package at least once, in a shuffled order, with repeats in between.
            const shuffled = [...sent.keys()].sort(
              (x, y) => (order[x % order.length] ?? 0) - (order[y % order.length] ?? 0) || x - y,
            );
            for (const index of [...order.map((n) => n % sent.length), ...shuffled])
              installation.apply(sent[index] as (typeof sent)[number]);
            return installation;
          };
          expect(replay(orderA).dump()).toBe(inOrder.dump());
          expect(replay(orderB).dump()).toBe(inOrder.dump());
        },
      ),
    );
  });
});

describe('ownership', () => {
  const stampOf = (owner: string, wall = 0) => formatStamp({ wall: OCT_2025 + wall, counter: 0, office: owner });
  const commitment = (owner: string, wall = 0, percent = 10): RecordVersion => ({
    kind: 'commitments',
    id: '0199f1b1-0000-7000-8000-000000000105',
    owner,
    version: stampOf(owner, wall),
    deleted: false,
    data: { percent },
  });

  it('refuses a record its sender does not own, or stamped by another office’s clock', () => {
    expect(decideIncoming(null, commitment(KELARA), RUMBIA)).toEqual({ action: 'refuse', reason: 'FOREIGN_OWNER' });
    expect(decideIncoming(null, { ...commitment(KELARA), version: stampOf(RUMBIA) }, KELARA)).toEqual({
      action: 'refuse',
      reason: 'FOREIGN_OWNER',
    });
  });

  it('refuses the same id with two owners, whatever the stamps say', () => {
    expect(decideIncoming(commitment(KELARA), commitment(RUMBIA, 9), RUMBIA)).toEqual({
      action: 'refuse',
      reason: 'OWNER_CONFLICT',
    });
  });

  it('inserts a new record, replaces an older version, and keeps the stored one against a replay', () => {
    expect(decideIncoming(null, commitment(KELARA), KELARA)).toEqual({ action: 'insert' });
    expect(decideIncoming(commitment(KELARA, 1), commitment(KELARA, 2, 40), KELARA)).toEqual({ action: 'replace' });
    expect(decideIncoming(commitment(KELARA, 2, 40), commitment(KELARA, 1), KELARA)).toEqual({ action: 'keep' });
    expect(decideIncoming(commitment(KELARA, 2, 40), commitment(KELARA, 2, 40), KELARA)).toEqual({ action: 'keep' });
    const tombstone = { ...commitment(KELARA, 3), deleted: true, data: null };
    expect(decideIncoming(tombstone, commitment(KELARA, 2, 40), KELARA)).toEqual({ action: 'keep' });
  });
});
