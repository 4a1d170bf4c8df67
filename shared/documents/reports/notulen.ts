import type { AgendaItem } from '../../domain/agenda';
import type { DocumentSettings } from '../../domain/document-settings';
import type { MeetingWorkspace } from '../../domain/meetings';
import type { MinutesEntry } from '../../domain/minutes';
import { formatDateId, formatDayDateId, formatPlaceDateId, formatTimeId, formatTimeRangeId } from '../../format/dates';
import { letterheadOf } from '../letterhead';
import type { Block, DocumentModel, ListBlock, ListItem, TableRow, TextRun } from '../model';
import { signatureOf, type Signatory } from '../signature';
import { byPosition, localDateOf, pageSetupOf } from './common';

/** Pangkat and NIP of a person who signs, from the directory. */
export interface SignerDetails {
  rank: string | null;
  nip: string | null;
}

interface NotulenOptions {
  /** Pangkat and NIP by person id, for the chair and the minute-taker. */
  signers?: Readonly<Record<string, SignerDetails>>;
  /** Bytes of the logo named in the settings. */
  logo?: Uint8Array | null;
}

const OPENING_KINDS = new Set<AgendaItem['kind']>(['opening']);
const CLOSING_KINDS = new Set<AgendaItem['kind']>(['closing']);

function section(number: number, title: string): Block {
  return {
    kind: 'list',
    style: 'upperRoman',
    keepWithNext: true,
    start: number,
    items: [{ content: { text: title, bold: true } }],
    spaceAfter: 1,
  };
}

/** Ends a sentence with a full stop, unless a title (`S.Sos.`) already did. */
function sentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

function speakerOf(entry: MinutesEntry): string | null {
  return entry.speakerName ?? entry.speakerText;
}

/** `Arahan H. Islam Iskandar, S.Sos.: …` for directives, `St. Meriam: …` for discussion. */
function entryRuns(entry: MinutesEntry): TextRun[] {
  const speaker = speakerOf(entry);
  const label = entry.kind === 'directive' ? ['Arahan', speaker].filter(Boolean).join(' ') : speaker;
  return label ? [{ text: `${label}: `, bold: true }, { text: entry.body }] : [{ text: entry.body }];
}

function itemTitle(item: AgendaItem): TextRun[] {
  const presenter = [item.presenterPosition, item.presenterName && `(${item.presenterName})`].filter(Boolean).join(' ');
  return presenter
    ? [{ text: item.title, bold: true }, { text: ` — ${presenter}` }]
    : [{ text: item.title, bold: true }];
}

function entriesOf(minutes: readonly MinutesEntry[], itemIds: ReadonlySet<string | null>): ListItem[] {
  return minutes.filter((entry) => itemIds.has(entry.agendaItemId)).map((entry) => ({ content: entryRuns(entry) }));
}

function entryList(items: readonly ListItem[], indent?: number): ListBlock {
  return { kind: 'list', style: 'dash', align: 'justify', indent, items };
}

/**
 * Where each agenda item's entries print: opening items under I. PEMBUKAAN, closing items under
 * V. PENUTUP, every other item under II. PEMBAHASAN. Entries under no item, or under an item the
 * agenda no longer has, print under Lain-lain, so that nothing recorded is left off the paper.
 */
function sectionsOf(workspace: MeetingWorkspace): {
  opening: ReadonlySet<string | null>;
  closing: ReadonlySet<string | null>;
  discussed: AgendaItem[];
  loose: ReadonlySet<string | null>;
} {
  const agenda = byPosition(workspace.agenda);
  const idsOf = (kinds: ReadonlySet<AgendaItem['kind']>): Set<string | null> =>
    new Set(agenda.filter((item) => kinds.has(item.kind)).map((item) => item.id));
  const known = new Set(agenda.map((item) => item.id));
  const loose = new Set<string | null>([null]);
  for (const entry of workspace.minutes)
    if (entry.agendaItemId && !known.has(entry.agendaItemId)) loose.add(entry.agendaItemId);
  return {
    opening: idsOf(OPENING_KINDS),
    closing: idsOf(CLOSING_KINDS),
    discussed: agenda.filter((item) => !OPENING_KINDS.has(item.kind) && !CLOSING_KINDS.has(item.kind)),
    loose,
  };
}

function discussion(workspace: MeetingWorkspace): ListItem[] {
  const minutes = byPosition(workspace.minutes);
  const sections = sectionsOf(workspace);
  const items: ListItem[] = sections.discussed.map((item) => {
    const entries = entriesOf(minutes, new Set([item.id]));
    return { content: itemTitle(item), children: entries.length ? entryList(entries) : undefined };
  });
  const loose = entriesOf(minutes, sections.loose);
  if (loose.length) items.push({ content: { text: 'Lain-lain', bold: true }, children: entryList(loose) });
  return items;
}

function openingOf(workspace: MeetingWorkspace): Block[] {
  const { meeting } = workspace;
  const chair = meeting.chairName ? ` oleh Pimpinan Rapat, ${meeting.chairName}` : '';
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      content: sentence(`Rapat dibuka pukul ${formatTimeId(meeting.startTime, meeting.timeZone)}${chair}`),
      indent: 10,
    },
  ];
  const entries = entriesOf(byPosition(workspace.minutes), sectionsOf(workspace).opening);
  if (entries.length) blocks.push(entryList(entries, 10));
  return blocks;
}

/** What was said under the closing items, printed before the closing time. */
function closingEntries(workspace: MeetingWorkspace): Block[] {
  const entries = entriesOf(byPosition(workspace.minutes), sectionsOf(workspace).closing);
  return entries.length ? [entryList(entries, 10)] : [];
}

function commitmentsTable(workspace: MeetingWorkspace): Block {
  const rows: TableRow[] = byPosition(workspace.commitments).map((c, index) => {
    const measure = [c.indicator && `Indikator: ${c.indicator}`, c.target && `Target: ${c.target}`]
      .filter(Boolean)
      .join('; ');
    return {
      cells: [
        { content: String(index + 1), align: 'center' },
        { content: c.institutionName },
        { content: measure ? [{ text: c.description }, { text: `\n${measure}`, italic: true }] : c.description },
        { content: c.dueDate ? formatDateId(c.dueDate) : '-' },
        { content: c.contactPersonName ?? '-' },
      ],
    };
  });
  return {
    kind: 'table',
    columns: [{ width: 6, align: 'center' }, { width: 20 }, { width: 38 }, { width: 16 }, { width: 20 }],
    header: [
      {
        cells: ['No', 'Instansi', 'Komitmen', 'Target waktu', 'Penanggung jawab'].map((text) => ({
          content: text,
          align: 'center' as const,
        })),
      },
    ],
    rows,
    size: 10,
    spaceAfter: 3,
  };
}

function participantsLine(workspace: MeetingWorkspace): string {
  const { counts } = workspace;
  // Before attendance is recorded, the invitation counts are the best known figure.
  const recorded = counts.presentPeople > 0;
  const people = recorded ? counts.presentPeople : counts.invitedPeople;
  const institutions = recorded ? counts.presentInstitutions : counts.invitedInstitutions;
  return `${people} orang dari ${institutions} instansi (daftar hadir terlampir)`;
}

/** Who signs the minutes, and as what: the chair and the minute-taker. */
interface MinutesSigner {
  role: 'chair' | 'minute_taker';
  name: string | null;
  /** The position the signature block's rules go by (`Wakil Bupati …` signs without NIP). */
  position: string | null;
  personId: string | null;
}

/** The chair (as the meeting names their role) and the minute-taker (their position in the directory). */
export function minutesSigners(workspace: MeetingWorkspace): [MinutesSigner, MinutesSigner] {
  const { meeting } = workspace;
  const minuteTaker = workspace.participants.find(
    (p) => p.role === 'minute_taker' && p.personId === meeting.minuteTakerPersonId,
  );
  return [
    { role: 'chair', name: meeting.chairName, position: meeting.chairRole, personId: meeting.chairPersonId },
    {
      role: 'minute_taker',
      name: meeting.minuteTakerName,
      position: minuteTaker?.personPosition ?? null,
      personId: meeting.minuteTakerPersonId,
    },
  ];
}

function signatoryOf(signer: MinutesSigner, options: NotulenOptions): Signatory {
  const details = signer.personId ? options.signers?.[signer.personId] : undefined;
  return { name: signer.name ?? '', position: signer.position, rank: details?.rank ?? null, nip: details?.nip ?? null };
}

/** Notulen rapat (DOCUMENTS.md "Notulen"): watermarked DRAF until the chair approves it. */
export function notulen(
  workspace: MeetingWorkspace,
  settings: DocumentSettings,
  options: NotulenOptions = {},
): DocumentModel {
  const { meeting } = workspace;
  const approved = meeting.status === 'approved';
  const end = meeting.closingTime ?? meeting.endTime;
  const [chair, notulis] = minutesSigners(workspace).map((signer) => signatoryOf(signer, options)) as [
    Signatory,
    Signatory,
  ];
  const decisions = [...workspace.decisions].sort((a, b) => a.number - b.number);

  const body: Block[] = [
    { kind: 'heading', text: 'NOTULEN RAPAT', size: 14, underline: true, spaceBefore: 2 },
    {
      kind: 'fields',
      rows: [
        { label: 'Rapat', value: meeting.title },
        { label: 'Hari/Tanggal', value: formatDayDateId(meeting.date) },
        { label: 'Waktu', value: formatTimeRangeId(meeting.startTime, end, meeting.timeZone) },
        { label: 'Tempat', value: meeting.venue ?? '-' },
        {
          label: 'Pimpinan Rapat',
          value: [meeting.chairName, meeting.chairRole && `(${meeting.chairRole})`].filter(Boolean).join(' ') || '-',
        },
        { label: 'Notulis', value: meeting.minuteTakerName ?? '-' },
        { label: 'Peserta', value: participantsLine(workspace) },
      ],
      spaceAfter: 4,
    },
    section(1, 'PEMBUKAAN'),
    ...openingOf(workspace),
    section(2, 'PEMBAHASAN'),
    { kind: 'list', style: 'decimal', align: 'justify', indent: 10, items: discussion(workspace), spaceAfter: 2 },
    section(3, 'KEPUTUSAN/KESIMPULAN'),
    decisions.length
      ? {
          kind: 'list',
          style: 'decimal',
          align: 'justify',
          indent: 10,
          items: decisions.map((d) => ({ content: d.body })),
        }
      : { kind: 'paragraph', content: '-', indent: 10 },
    ...(meeting.summary
      ? [{ kind: 'paragraph', content: meeting.summary, indent: 10, align: 'justify', spaceBefore: 1 } as const]
      : []),
    section(4, 'KOMITMEN TINDAK LANJUT'),
    workspace.commitments.length ? commitmentsTable(workspace) : { kind: 'paragraph', content: '-', indent: 10 },
    section(5, 'PENUTUP'),
    ...closingEntries(workspace),
    {
      kind: 'paragraph',
      content: end ? `Rapat ditutup pukul ${formatTimeId(end, meeting.timeZone)}.` : 'Rapat ditutup.',
      indent: 10,
      keepWithNext: true,
    },
    ...(approved && meeting.approvedAt
      ? [
          {
            kind: 'paragraph',
            content: {
              text: `Disahkan pada ${formatDateId(localDateOf(meeting.approvedAt, meeting.timeZone))}`,
              italic: true,
            },
            spaceBefore: 4,
            keepWithNext: true,
          } as const,
        ]
      : []),
    {
      kind: 'signatures',
      spaceBefore: 6,
      signatures: [
        signatureOf(chair, ['Pimpinan Rapat,'], null, settings.signerNameCase),
        signatureOf(
          notulis,
          ['Notulis,'],
          formatPlaceDateId(settings.placeName, meeting.date),
          settings.signerNameCase,
        ),
      ],
    },
  ];

  return {
    title: `Notulen ${meeting.title}`,
    page: pageSetupOf(settings),
    fontSize: 11,
    letterhead: letterheadOf(settings, options.logo ?? null),
    watermark: approved ? null : 'DRAF',
    pageNumbers: true,
    body,
  };
}
