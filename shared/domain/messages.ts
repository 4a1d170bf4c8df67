import type { MessageKind, MessageTemplates } from '../messages/templates';

/** The office's message wording as Pengaturan edits it; `custom` is false while Sirakor's applies. */
export interface MessageTemplatesSetup {
  templates: MessageTemplates;
  custom: Record<MessageKind, boolean>;
}

/** Someone a message can be opened in WhatsApp for; the number itself stays in the host (masked here). */
export interface MessageRecipient {
  kind: 'person' | 'institution';
  id: string;
  name: string;
  /** Position, or the institution of a person. */
  detail: string | null;
  /** `0812•••••890`, or null without a number WhatsApp could use. */
  maskedPhone: string | null;
}

export interface ComposedMessage {
  kind: MessageKind;
  /** What the message is about: the meeting's title, or the institution's name. */
  subject: string;
  text: string;
  /** Whom it can be sent to, the most likely first; with a number before those without. */
  recipients: MessageRecipient[];
  /** For reminders: the institution, its open and overdue commitments. */
  institutionId: string | null;
  open: number;
  overdue: number;
}
