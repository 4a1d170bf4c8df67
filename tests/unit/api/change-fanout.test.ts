import { describe, expect, it } from 'vitest';
import type { ChangeEvent } from '../../../shared/api/contract';
import { changeFanout } from '../../../renderer/api/change-fanout';

function fakeHost() {
  const host = { opened: 0, closed: 0, emit: (_event: ChangeEvent) => {} };
  const subscribe = (listener: (event: ChangeEvent) => void) => {
    host.opened += 1;
    host.emit = listener;
    return () => {
      host.closed += 1;
    };
  };
  return { host, subscribe };
}

const event = { entities: ['commitments'] } as unknown as ChangeEvent;

describe('changeFanout', () => {
  it('opens one subscription for many listeners and delivers every event to each', () => {
    const { host, subscribe } = fakeHost();
    const onChange = changeFanout(subscribe);
    const seen: string[] = [];
    const offs = Array.from({ length: 20 }, (_, i) => onChange(() => seen.push(`l${i}`)));
    expect(host.opened).toBe(1);
    host.emit(event);
    expect(seen).toHaveLength(20);
    offs.forEach((off) => off());
    expect(host.closed).toBe(1);
  });

  it('closes with the last listener and opens again for the next one', () => {
    const { host, subscribe } = fakeHost();
    const onChange = changeFanout(subscribe);
    const first = onChange(() => {});
    const second = onChange(() => {});
    first();
    expect(host.closed).toBe(0);
    second();
    expect(host.closed).toBe(1);
    onChange(() => {});
    expect(host.opened).toBe(2);
  });

  it('lets a listener unsubscribe while an event is delivered without skipping the others', () => {
    const { host, subscribe } = fakeHost();
    const onChange = changeFanout(subscribe);
    const seen: string[] = [];
    const off = onChange(() => {
      seen.push('a');
      off();
    });
    onChange(() => seen.push('b'));
    host.emit(event);
    host.emit(event);
    expect(seen).toEqual(['a', 'b', 'b']);
  });
});
