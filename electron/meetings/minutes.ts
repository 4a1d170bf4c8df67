import type { MinutesFields } from './repositories/minutes';

/** The fields of a minutes entry as the repository stores them. */

export function minutesFieldsOf(input: MinutesFields): MinutesFields {
  return { kind: input.kind, speakerPersonId: input.speakerPersonId, speakerText: input.speakerText, body: input.body };
}
