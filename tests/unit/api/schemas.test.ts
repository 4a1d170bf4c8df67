import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  areaCode,
  clockTime,
  email,
  isoDate,
  nip,
  optionalText,
  phone,
  requiredText,
} from '../../../shared/api/schemas/common';
import { institutionListInput, personCreateInput } from '../../../shared/api/schemas/directory';
import { meetingCreateInput } from '../../../shared/api/schemas/meetings';
import { officeIdentityInput } from '../../../shared/api/schemas/settings';

/** The parsed value, or the messages of the issues when the input is refused. */
function parse(schema: z.ZodType, value: unknown): unknown {
  const result = schema.safeParse(value);
  return result.success ? { value: result.data } : { refused: result.error.issues.map((i) => i.message) };
}

describe('nip', () => {
  it('accepts 18 digits, with the spaces of the printed grouping removed', () => {
    expect(parse(nip, '196512311998031066')).toEqual({ value: '196512311998031066' });
    expect(parse(nip, '19651231 199803 1 066')).toEqual({ value: '196512311998031066' });
    expect(parse(nip, ' 19651231\t199803 1 066 ')).toEqual({ value: '196512311998031066' });
  });

  it('treats empty and absent as no NIP', () => {
    for (const value of ['', null, undefined]) expect(parse(nip, value)).toEqual({ value: null });
  });

  it('refuses anything but 18 digits', () => {
    for (const value of ['19651231199803106', '1965123119980310660', '19651231-199803-1-066', '1965123119980310 6x']) {
      expect(parse(nip, value)).toEqual({ refused: ['validation.nip'] });
    }
  });
});

describe('phone', () => {
  it('accepts Indonesian numbers as people type them, unchanged', () => {
    for (const value of ['081234567890', '0812-3456-7890', '+62 812 3456 7890', '(0411) 123456', '0411.123.456']) {
      expect(parse(phone, value)).toEqual({ value });
    }
    expect(parse(phone, '  0812 3456 7890 ')).toEqual({ value: '0812 3456 7890' });
  });

  it('counts 8 to 15 digits', () => {
    expect(parse(phone, '12345678')).toEqual({ value: '12345678' });
    expect(parse(phone, '1234567')).toEqual({ refused: ['validation.phone'] });
    expect(parse(phone, '+123456789012345')).toEqual({ value: '+123456789012345' });
    expect(parse(phone, '1234567890123456')).toEqual({ refused: ['validation.phone'] });
  });

  it('refuses letters and other signs, and treats empty as no number', () => {
    for (const value of ['0812-CALL-NOW', '0812/3456/7890', '62+8123456789', 'tel:081234567890']) {
      expect(parse(phone, value)).toEqual({ refused: ['validation.phone'] });
    }
    expect(parse(phone, '   ')).toEqual({ value: null });
  });
});

describe('email', () => {
  it('accepts an address and refuses malformed ones', () => {
    expect(parse(email, ' dinkes@jenepontokab.go.id ')).toEqual({ value: 'dinkes@jenepontokab.go.id' });
    for (const value of ['dinkes', 'dinkes@', '@jenepontokab.go.id', 'a b@c.id', 'a@b']) {
      expect(parse(email, value)).toEqual({ refused: ['validation.email'] });
    }
    expect(parse(email, '')).toEqual({ value: null });
  });
});

describe('isoDate and clockTime', () => {
  it('accepts real calendar dates between 2000 and 2100', () => {
    for (const value of ['2025-03-12', '2024-02-29', '2000-01-01', '2100-12-31']) {
      expect(parse(isoDate, value)).toEqual({ value });
    }
  });

  it('refuses impossible dates, other formats and years out of range', () => {
    for (const value of ['2025-02-30', '2025-02-29', '2100-02-29', '2025-04-31', '2025-00-10', '2025-13-01']) {
      expect(parse(isoDate, value)).toEqual({ refused: ['validation.date'] });
    }
    for (const value of ['2025-3-12', '12-03-2025', '2025/03/12', '2025-03-12T00:00', '1999-12-31', '2101-01-01']) {
      expect(parse(isoDate, value)).toEqual({ refused: ['validation.date'] });
    }
  });

  it('accepts wall-clock times HH:MM only', () => {
    for (const value of ['00:00', '09:05', '23:59']) expect(parse(clockTime, value)).toEqual({ value });
    for (const value of ['24:00', '9:05', '09.05', '09:60', '09:05:00']) {
      expect(parse(clockTime, value)).toEqual({ refused: ['validation.time'] });
    }
  });
});

describe('text and codes', () => {
  it('trims required text and refuses blank or oversized text', () => {
    expect(parse(requiredText(), '  Puskesmas Tolo ')).toEqual({ value: 'Puskesmas Tolo' });
    expect(parse(requiredText(), '   ')).toEqual({ refused: ['validation.required'] });
    expect(parse(requiredText(), 'x'.repeat(200))).toEqual({ value: 'x'.repeat(200) });
    expect((parse(requiredText(), 'x'.repeat(201)) as { refused: string[] }).refused).toHaveLength(1);
    expect(parse(requiredText(), ` ${'x'.repeat(200)} `)).toEqual({ value: 'x'.repeat(200) });
  });

  it('stores blank optional text as null', () => {
    for (const value of ['', '   ', null, undefined]) expect(parse(optionalText(), value)).toEqual({ value: null });
    expect(parse(optionalText(), ' Aula ')).toEqual({ value: 'Aula' });
  });

  it('trims area codes and refuses malformed ones', () => {
    expect(parse(areaCode, ' 73.04.05 ')).toEqual({ value: '73.04.05' });
    expect(parse(areaCode, '73.4')).toEqual({ refused: ['validation.areaCode'] });
  });
});

describe('input schemas', () => {
  it('fills list defaults', () => {
    expect(institutionListInput.parse({})).toEqual({ query: '', limit: 50, offset: 0 });
  });

  it('normalises a person: NIP without spaces, blanks as null', () => {
    expect(personCreateInput.parse({ name: ' Andi ', nip: '19651231 199803 1 066', phone: '', position: ' ' })).toEqual(
      {
        name: 'Andi',
        position: null,
        institutionId: null,
        nip: '196512311998031066',
        rank: null,
        phone: null,
        email: null,
      },
    );
  });

  it('requires the end of a meeting after its start', () => {
    const meeting = {
      title: 'Rakor',
      kind: 'rakor_tpps',
      hostLevel: 'kecamatan',
      areaCodes: ['73.04.05'],
      date: '2025-03-12',
      startTime: '09:00',
    };
    expect(meetingCreateInput.safeParse({ ...meeting, endTime: '09:01' }).success).toBe(true);
    expect(meetingCreateInput.safeParse(meeting).success).toBe(true);
    const refused = meetingCreateInput.safeParse({ ...meeting, endTime: '08:00' });
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['endTime', 'validation.endBeforeStart'],
    ]);
  });

  it('requires the kecamatan and desa the office level needs', () => {
    const office = { level: 'kecamatan', kabupatenCode: '73.04', officeName: 'Kantor Camat' };
    expect(officeIdentityInput.safeParse(office).error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['kecamatanCode', 'validation.required'],
    ]);
    expect(
      officeIdentityInput
        .safeParse({ ...office, level: 'desa', kecamatanCode: '73.04.05' })
        .error?.issues.map((i) => [i.path.join('.'), i.message]),
    ).toEqual([['desaCode', 'validation.required']]);
    expect(officeIdentityInput.parse({ ...office, level: 'kabupaten' })).toEqual({
      ...office,
      level: 'kabupaten',
      kecamatanCode: null,
      desaCode: null,
      address: null,
    });
  });
});
