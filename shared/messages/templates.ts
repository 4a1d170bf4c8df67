/**
 * The wording of the WhatsApp messages Sirakor writes (issue 12): plain text with WhatsApp's own
 * `*bold*` and line breaks, placeholders in braces filled from the meeting or the institution. The
 * office keeps its own wording in Pengaturan; these are Sirakor's. A line whose placeholders all
 * come out empty (no letter number yet, no decisions) is left out rather than printed half.
 */
export const MESSAGE_KINDS = ['invitation', 'summary', 'reminder'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export type MessageTemplates = Record<MessageKind, string>;

/** What each kind's placeholders stand for is said in the Pengaturan help (i18n `messages.placeholders.*`). */
export const MESSAGE_PLACEHOLDERS: Record<MessageKind, readonly string[]> = {
  invitation: ['rapat', 'hari_tanggal', 'waktu', 'tempat', 'agenda', 'pimpinan', 'penandatangan', 'nomor', 'kantor'],
  summary: ['rapat', 'hari_tanggal', 'waktu', 'tempat', 'pimpinan', 'keputusan', 'komitmen', 'disahkan', 'kantor'],
  reminder: ['instansi', 'jumlah', 'terlambat', 'daftar', 'tanggal', 'kantor'],
};

/** Longest template, characters (a WhatsApp message of a few screens). */
export const MAX_TEMPLATE_LENGTH = 4_000;

export const DEFAULT_MESSAGE_TEMPLATES: MessageTemplates = {
  invitation: [
    '*UNDANGAN*',
    '',
    'Yth. Bapak/Ibu peserta {rapat},',
    '',
    'Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada:',
    '*Hari/tanggal:* {hari_tanggal}',
    '*Pukul:* {waktu}',
    '*Tempat:* {tempat}',
    '*Acara:* {rapat}',
    '*Pimpinan rapat:* {pimpinan}',
    '',
    '*Agenda:*',
    '{agenda}',
    '',
    'Surat undangan Nomor {nomor}, ditandatangani:',
    '{penandatangan}',
    '',
    'Mengingat pentingnya acara tersebut, dimohon hadir tepat waktu. Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.',
    '',
    '{kantor}',
  ].join('\n'),
  summary: [
    '*HASIL {rapat}*',
    '{hari_tanggal}, pukul {waktu}, di {tempat}',
    'Dipimpin oleh {pimpinan}',
    '',
    '*Keputusan:*',
    '{keputusan}',
    '',
    '*Komitmen tindak lanjut:*',
    '{komitmen}',
    '',
    'Notulen telah disahkan pada {disahkan}. Mohon setiap instansi melaksanakan komitmennya dan melaporkan perkembangannya kepada sekretariat.',
    '',
    '{kantor}',
  ].join('\n'),
  reminder: [
    'Yth. Pimpinan {instansi},',
    '',
    'Dengan hormat, kami mengingatkan {jumlah} komitmen {instansi} yang belum selesai (keadaan {tanggal}), {terlambat}:',
    '',
    '{daftar}',
    '',
    'Mohon kabar perkembangannya (status, persen dan kegiatan yang telah dilakukan), atau isi formulir laporan progres yang kami kirimkan. Terima kasih.',
    '',
    '{kantor}',
  ].join('\n'),
};
