import type { AnnexPhoto } from '../../shared/documents/reports/photo-annex';
import type { HandlerContext } from '../api/context';
import { imageInfo } from '../documents/image-size';
import { jpegOrientation } from '../files/jpeg-orientation';
import { annexPhotosOf } from './service';

/** The photos of a meeting's Lampiran dokumentasi, ready for the notulen model. */
export async function annexOf(ctx: HandlerContext, meetingId: string): Promise<AnnexPhoto[]> {
  const photos = await annexPhotosOf(ctx, meetingId);
  return photos.flatMap(({ file, bytes }) => {
    const info = imageInfo(bytes);
    if (!info) return [];
    return [
      {
        bytes,
        type: info.type,
        pixelWidth: info.width,
        pixelHeight: info.height,
        orientation: info.type === 'jpg' ? jpegOrientation(bytes) : 1,
        caption: file.caption,
        agendaItemTitle: file.agendaItemTitle,
      },
    ];
  });
}
