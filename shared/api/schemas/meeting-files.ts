import { z } from 'zod';
import { MAX_MATERIAL_BYTES } from '../../domain/meeting-files';
import { id, optionalText } from './common';

export const meetingFilesInput = z.strictObject({ meetingId: id });

/** One file; its type and size limit are judged by the host on the bytes (a photo 10 MB, a material 20 MB). */
export const meetingFileUploadInput = z.strictObject({
  meetingId: id,
  agendaItemId: id.nullish().transform((v) => v ?? null),
  name: z.string().trim().min(1, { error: 'validation.required' }).max(200),
  dataBase64: z
    .string()
    .min(1, { error: 'validation.required' })
    .max(Math.ceil((MAX_MATERIAL_BYTES * 4) / 3) + 4, { error: 'meetingFiles.tooLarge' })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: 'validation.fileEncoding' }),
  caption: optionalText(300),
});

export const meetingFileUpdateInput = z.strictObject({
  id,
  caption: optionalText(300),
  agendaItemId: id.nullish().transform((v) => v ?? null),
  inAnnex: z.boolean(),
});
