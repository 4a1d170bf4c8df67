import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../../shared/format/personal';

describe('maskPhone', () => {
  it('keeps the first four and last four digits of a mobile number', () => {
    expect(maskPhone('0812-3456-7890')).toBe('0812•••••890');
    expect(maskPhone('081234567890')).toBe('0812•••••890');
    expect(maskPhone('+62 812 3456 7890')).toBe('6281••••••890');
    expect(maskPhone('(0411) 123456')).toBe('0411•••456');
    expect(maskPhone('041112345')).toBe('••••••345');
  });

  it('shows only the last three digits of a short number', () => {
    expect(maskPhone('12345678')).toBe('•••••678');
    expect(maskPhone('112')).toBe('112');
  });

  it('leaves absent numbers absent', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone('')).toBe('');
  });
});
