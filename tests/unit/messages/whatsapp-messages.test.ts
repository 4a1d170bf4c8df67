import { describe, expect, it } from 'vitest';
import { invitationText, reminderText, summaryText, type ReminderFacts } from '../../../shared/messages/compose';
import { DEFAULT_MESSAGE_TEMPLATES as T, MESSAGE_PLACEHOLDERS } from '../../../shared/messages/templates';
import { bold, whatsappNumber, whatsappUrl } from '../../../shared/messages/whatsapp';
import { unknownPlaceholdersOf } from '../../../shared/text/placeholders';

const SEED = {
  title: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
  date: '2025-10-17',
  startTime: '09:00',
  endTime: '12:00',
  zone: 'WITA' as const,
  venue: 'Aula Kantor Camat Kelara',
  chair: 'H. Islam Iskandar, S.Sos. (Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten)',
  office: 'Kantor Camat Kelara',
};

describe('WhatsApp invitation', () => {
  it('says what, when with the time zone, where, the agenda in short and who signs', () => {
    const text = invitationText(
      {
        ...SEED,
        agenda: [
          { title: 'Pembukaan', startTime: '09:00', presenter: 'Camat Kelara' },
          { title: 'Arahan Ketua TPPS Kabupaten', startTime: '09:10', presenter: null },
          { title: 'Diskusi', startTime: null, presenter: null },
        ],
        signer: 'Camat Kelara, Muh. Ridwan Daeng Tompo, S.STP., M.Si.',
        number: '400.5.7/215/KLR/X/2025',
      },
      T,
    );
    expect(text).toBe(
      [
        '*UNDANGAN*',
        '',
        'Yth. Bapak/Ibu peserta Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia,',
        '',
        'Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada:',
        '*Hari/tanggal:* Jumat, 17 Oktober 2025',
        '*Pukul:* 09.00 – 12.00 WITA',
        '*Tempat:* Aula Kantor Camat Kelara',
        '*Acara:* Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
        '*Pimpinan rapat:* H. Islam Iskandar, S.Sos. (Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten)',
        '',
        '*Agenda:*',
        '1. 09.00 Pembukaan (Camat Kelara)',
        '2. 09.10 Arahan Ketua TPPS Kabupaten',
        '3. Diskusi',
        '',
        'Surat undangan Nomor 400.5.7/215/KLR/X/2025, ditandatangani:',
        'Camat Kelara, Muh. Ridwan Daeng Tompo, S.STP., M.Si.',
        '',
        'Mengingat pentingnya acara tersebut, dimohon hadir tepat waktu. Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.',
        '',
        'Kantor Camat Kelara',
      ].join('\n'),
    );
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('leaves out a line whose facts are missing, and writes an open end as s.d. selesai', () => {
    const text = invitationText({ ...SEED, endTime: null, agenda: [], signer: null, number: null, chair: null }, T);
    expect(text).toContain('*Pukul:* 09.00 WITA s.d. selesai');
    expect(text).not.toContain('Nomor');
    expect(text).not.toContain('Pimpinan rapat');
    expect(text).not.toContain('{');
  });
});

describe('WhatsApp summary', () => {
  it('lists decisions and commitments with institution and due date', () => {
    const text = summaryText(
      {
        ...SEED,
        endTime: '11:45',
        decisions: ['Seluruh unsur TPPS menghilangkan ego sektoral.', 'TPPS menyusun rencana aksi terpadu.'],
        commitments: [
          { institution: 'DPPKB', description: 'Memperkuat TPK', dueDate: '2025-12-31' },
          { institution: 'Bappeda *Jeneponto*', description: 'Menyelaraskan anggaran', dueDate: null },
        ],
        approvedOn: '2025-10-20',
      },
      T,
    );
    expect(text.split('\n').slice(0, 3)).toEqual([
      '*HASIL Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia*',
      'Jumat, 17 Oktober 2025, pukul 09.00 – 11.45 WITA, di Aula Kantor Camat Kelara',
      'Dipimpin oleh H. Islam Iskandar, S.Sos. (Wakil Bupati Jeneponto selaku Ketua TPPS Kabupaten)',
    ]);
    expect(text).toContain(
      '*Keputusan:*\n1. Seluruh unsur TPPS menghilangkan ego sektoral.\n2. TPPS menyusun rencana aksi terpadu.',
    );
    expect(text).toContain(
      '*Komitmen tindak lanjut:*\n1. *DPPKB*: Memperkuat TPK (target waktu 31 Desember 2025)\n2. *Bappeda Jeneponto*: Menyelaraskan anggaran',
    );
    expect(text).toContain('Notulen telah disahkan pada Senin, 20 Oktober 2025.');
  });
});

describe('WhatsApp reminder', () => {
  const facts: ReminderFacts = {
    institution: 'DPPKB Kabupaten Jeneponto',
    today: '2026-01-20',
    office: 'Kantor Camat Kelara',
    items: [
      {
        description: 'Memperkuat TPPS Desa/Kelurahan dan TPK',
        meetingTitle: 'Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia',
        meetingDate: '2025-10-17',
        dueDate: '2025-12-31',
        overdueDays: 20,
        status: 'in_progress',
        last: { on: '2025-11-21', percent: 62, note: 'TPK di sepuluh desa dilatih ulang. '.repeat(10) },
      },
      {
        description: 'Menyusun data keluarga berisiko',
        meetingTitle: null,
        meetingDate: null,
        dueDate: null,
        overdueDays: null,
        status: 'not_started',
        last: null,
      },
    ],
  };

  it('lists each open commitment with its meeting, due date, overdue marked and the last progress', () => {
    const text = reminderText(facts, T);
    expect(text).toContain(
      'kami mengingatkan 2 komitmen DPPKB Kabupaten Jeneponto yang belum selesai (keadaan Selasa, 20 Januari 2026), 1 di antaranya terlambat:',
    );
    expect(text).toContain(
      [
        '1. *Memperkuat TPPS Desa/Kelurahan dan TPK*',
        '   Rapat: Rapat Koordinasi TPPS Kecamatan Kelara dan Rumbia (Jumat, 17 Oktober 2025)',
        '   Target waktu: 31 Desember 2025 — *TERLAMBAT 20 hari*',
        '   Laporan terakhir: 21 November 2025, Berjalan 62%: TPK di sepuluh desa dilatih ulang.',
      ].join('\n'),
    );
    // Long notes are cut with an ellipsis.
    expect(text).toMatch(/dilatih ulang\. TPK[^\n]*…\n/);
    expect(text).toContain('2. *Menyusun data keluarga berisiko*\n   Status: Belum mulai, belum ada laporan');
  });

  it('follows the office’s own wording', () => {
    const text = reminderText(facts, { ...T, reminder: 'Kepada {instansi}: {jumlah} komitmen.\n{daftar}' });
    expect(text.startsWith('Kepada DPPKB Kabupaten Jeneponto: 2 komitmen.\n1. *Memperkuat')).toBe(true);
  });
});

describe('templates and links', () => {
  it("Sirakor's templates use only their kind's placeholders", () => {
    for (const kind of ['invitation', 'summary', 'reminder'] as const)
      expect(unknownPlaceholdersOf(T[kind], MESSAGE_PLACEHOLDERS[kind])).toEqual([]);
  });

  it('bolds one line without stars inside', () => {
    expect(bold(' Rapat *Koordinasi*\nTPPS ')).toBe('*Rapat Koordinasi TPPS*');
    expect(bold('  ')).toBe('');
  });

  it('turns Indonesian phone numbers into wa.me numbers', () => {
    expect(whatsappNumber('0812-3456-7890')).toBe('6281234567890');
    expect(whatsappNumber('+62 812 3456 7890')).toBe('6281234567890');
    expect(whatsappNumber('6281234567890')).toBe('6281234567890');
    expect(whatsappNumber('81234567890')).toBe('6281234567890');
    expect(whatsappNumber('(0419) 21')).toBeNull();
    expect(whatsappNumber(null)).toBeNull();
  });

  it('encodes the text into the click-to-chat link', () => {
    expect(whatsappUrl('6281234567890', '*Hasil* rapat & komitmen\n1. A')).toBe(
      'https://wa.me/6281234567890?text=*Hasil*%20rapat%20%26%20komitmen%0A1.%20A',
    );
    expect(whatsappUrl(null, 'x')).toBe('https://wa.me/?text=x');
    // Half an emoji pasted into the text is replaced, not a reason to fail.
    expect(whatsappUrl(null, 'a\ud83db😀')).toBe('https://wa.me/?text=a%EF%BF%BDb%F0%9F%98%80');
  });
});
