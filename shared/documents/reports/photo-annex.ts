import { PAPER_MM, textWidthMm } from '../geometry';
import type { Block, ImageBlock, PageSetup } from '../model';

/**
 * The notulen's *Lampiran dokumentasi*: the photos the office chose, two to a page, each fitted
 * into half of the text area under the heading, with its caption (`Foto 1. …`, the agenda item it
 * belongs to). It starts on a page of its own after the signatures.
 */
export interface AnnexPhoto {
  bytes: Uint8Array;
  type: 'jpg' | 'png';
  pixelWidth: number;
  pixelHeight: number;
  orientation: number;
  caption: string | null;
  agendaItemTitle: string | null;
}

/** Room under each photo for a two-line caption and the gap after it, and for the heading, mm. */
const CAPTION_ROOM = 14;
const HEADING_ROOM = 16;
/** The page-number footer sits in the bottom margin; a little air above it. */
const FOOT_ROOM = 4;

export const PHOTOS_PER_PAGE = 2;

function captionOf(photo: AnnexPhoto, number: number): string {
  const about = [photo.caption, photo.agendaItemTitle ? `Agenda: ${photo.agendaItemTitle}` : null].filter(Boolean);
  return `Foto ${number}. ${about.length > 0 ? about.join(' — ') : 'Dokumentasi rapat'}`;
}

export function photoAnnexBlocks(photos: readonly AnnexPhoto[], page: PageSetup, meetingTitle: string): Block[] {
  if (photos.length === 0) return [];
  const height = PAPER_MM[page.paper][page.orientation === 'landscape' ? 'width' : 'height'];
  const textHeight = height - page.margins.top - page.margins.bottom - FOOT_ROOM;
  const boxHeight = (textHeight - HEADING_ROOM) / PHOTOS_PER_PAGE - CAPTION_ROOM;
  const boxWidth = textWidthMm(page);
  const blocks: Block[] = [];
  photos.forEach((photo, index) => {
    if (index % PHOTOS_PER_PAGE === 0) {
      blocks.push({ kind: 'pageBreak' });
      blocks.push({
        kind: 'heading',
        text: index === 0 ? 'LAMPIRAN DOKUMENTASI' : 'LAMPIRAN DOKUMENTASI (LANJUTAN)',
        size: 12,
      });
      if (index === 0) blocks.push({ kind: 'paragraph', content: meetingTitle, align: 'center', size: 10 });
    }
    const image: ImageBlock = {
      kind: 'image',
      bytes: photo.bytes,
      type: photo.type,
      pixelWidth: photo.pixelWidth,
      pixelHeight: photo.pixelHeight,
      orientation: photo.orientation,
      boxWidth,
      // The first page also carries the meeting's title under the heading.
      boxHeight: index < PHOTOS_PER_PAGE ? boxHeight - 3 : boxHeight,
      caption: { text: captionOf(photo, index + 1), italic: true },
      description: captionOf(photo, index + 1),
      spaceAfter: 4,
    };
    blocks.push(image);
  });
  return blocks;
}
