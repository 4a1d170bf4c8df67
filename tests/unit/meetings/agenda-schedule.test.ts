import { describe, expect, it } from 'vitest';
import { scheduleAgenda } from '../../../shared/domain/agenda';
import { clockOf, minutesOfDay } from '../../../shared/domain/clock';

let next = 0;
function item(durationMinutes: number | null, startTime: string | null = null) {
  return { id: `item-${next++}`, startTime, durationMinutes };
}

function times(schedule: ReturnType<typeof scheduleAgenda>): string[] {
  return schedule.items.map((i) => `${i.start}-${i.end}${i.overlapsPrevious ? '!' : ''}`);
}

describe('scheduleAgenda', () => {
  it('chains items without a fixed start from the meeting start', () => {
    const schedule = scheduleAgenda('09:00', '12:00', [item(10), item(20), item(30), item(30)]);
    expect(times(schedule)).toEqual(['09:00-09:10', '09:10-09:30', '09:30-10:00', '10:00-10:30']);
    expect(schedule.end).toBe('10:30');
    expect(schedule.overrunMinutes).toBe(0);
  });

  it('keeps the ids in agenda order', () => {
    const items = [item(5), item(5)];
    expect(scheduleAgenda('08:00', null, items).items.map((i) => i.id)).toEqual(items.map((i) => i.id));
  });

  it('starts an item at its fixed time and leaves the gap before it (a break)', () => {
    const schedule = scheduleAgenda('09:00', '12:00', [item(60), item(30, '10:30'), item(15)]);
    expect(times(schedule)).toEqual(['09:00-10:00', '10:30-11:00', '11:00-11:15']);
    expect(schedule.end).toBe('11:15');
  });

  it('flags a fixed start that falls before the previous item ends, and carries on after the later end', () => {
    const schedule = scheduleAgenda('09:00', null, [item(60), item(15, '09:30'), item(10)]);
    expect(times(schedule)).toEqual(['09:00-10:00', '09:30-09:45!', '10:00-10:10']);
    expect(schedule.end).toBe('10:10');
  });

  it('gives an item without a duration no time', () => {
    const schedule = scheduleAgenda('09:00', '09:30', [item(null), item(20), item(null), item(null, '09:20')]);
    expect(times(schedule)).toEqual(['09:00-09:00', '09:00-09:20', '09:20-09:20', '09:20-09:20']);
    expect(schedule.end).toBe('09:20');
    expect(schedule.overrunMinutes).toBe(0);
  });

  it('computes the overrun past the planned end', () => {
    const items = [item(10), item(20), item(30), item(30), item(60), item(25)];
    expect(scheduleAgenda('09:00', '11:40', items)).toMatchObject({ end: '11:55', overrunMinutes: 15 });
    expect(scheduleAgenda('09:00', '11:55', items)).toMatchObject({ end: '11:55', overrunMinutes: 0 });
    expect(scheduleAgenda('09:00', '11:54', items)).toMatchObject({ overrunMinutes: 1 });
  });

  it('counts a fixed start after the planned end as overrun too', () => {
    expect(scheduleAgenda('13:00', '15:00', [item(30), item(30, '15:30')])).toMatchObject({
      end: '16:00',
      overrunMinutes: 60,
    });
  });

  it('never reports an overrun without a planned end', () => {
    const schedule = scheduleAgenda('09:00', null, [item(600)]);
    expect(schedule).toMatchObject({ end: '19:00', overrunMinutes: 0 });
  });

  it('ends at the meeting start for an empty agenda', () => {
    expect(scheduleAgenda('09:00', '10:00', [])).toEqual({ items: [], end: '09:00', overrunMinutes: 0 });
  });
});

describe('clock', () => {
  it('converts between HH:MM and minutes of the day', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('09:05')).toBe(545);
    expect(minutesOfDay('23:59')).toBe(1439);
    expect(clockOf(545)).toBe('09:05');
    expect(clockOf(0)).toBe('00:00');
  });

  it('wraps past midnight', () => {
    expect(clockOf(1440 + 30)).toBe('00:30');
    expect(clockOf(-30)).toBe('23:30');
  });
});
