import { Group, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MinutesKind } from '../../../../../shared/domain/minutes';
import { call } from '../../../../api/client';
import { afterPress } from '../../../../hooks/after-press';
import { notifyFailure } from '../../../../hooks/notify';
import { readDraft, writeDraft, type SaveState } from '../../../../hooks/useAutosavedText';
import { handleSectionJump } from './minutes-keys';

/** The entry being typed in the box: created on its first save, updated afterwards. */
interface Typing {
  id: string | null;
}

interface Draft {
  id: string | null;
  text: string;
}

function readBoxDraft(key: string): Draft | null {
  try {
    const raw = readDraft(key);
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

export interface NewEntryDefaults {
  meetingId: string;
  agendaItemId: string | null;
  kind: MinutesKind;
  speakerPersonId: string | null;
}

/**
 * The text box at the end of an agenda item's minutes, always there and ready to type: moving to
 * an item lands here. The entry is created with the first pause in typing (or Enter, or leaving
 * the box) and updated as typing goes on; Enter hands it to the list above and empties the box for
 * the next one, without the box ever being replaced, so no keystroke falls between two fields.
 * `onTyping` names the entry the box holds, which the list leaves out meanwhile.
 */
export function NewEntryBox({
  defaults,
  onTyping,
  onHandedOver,
  delayMs = 600,
}: {
  defaults: NewEntryDefaults;
  onTyping: (id: string | null) => void;
  /** The text an entry handed to the list was last saved with (the list may not have reloaded yet). */
  onHandedOver: (id: string, body: string) => void;
  delayMs?: number;
}) {
  const { t } = useTranslation();
  const draftKey = `minutes-new.${defaults.meetingId}.${defaults.agendaItemId ?? 'general'}`;
  const [restored] = useState(() => readBoxDraft(draftKey));
  const [text, setText] = useState(restored?.text ?? '');
  const [state, setState] = useState<SaveState>(restored ? 'pending' : 'saved');
  const typing = useRef<Typing>({ id: restored?.id ?? null });
  const latestText = useRef(text);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const defaultsRef = useRef(defaults);
  const onTypingRef = useRef(onTyping);
  const onHandedOverRef = useRef(onHandedOver);
  useEffect(() => {
    defaultsRef.current = defaults;
    onTypingRef.current = onTyping;
    onHandedOverRef.current = onHandedOver;
  });

  /** Saves `body` as entry `entry`, after every save asked for before it. */
  function persist(entry: Typing, body: string): Promise<boolean> {
    const run = async (): Promise<boolean> => {
      if (entry.id === null) {
        if (!body.trim()) return true;
        const result = notifyFailure(await call('minutes.create', { ...defaultsRef.current, body }));
        if (!result.ok) return false;
        entry.id = result.value.id;
        if (entry === typing.current) {
          onTypingRef.current(entry.id);
          writeDraft(draftKey, JSON.stringify({ id: entry.id, text: latestText.current }));
        } else onHandedOverRef.current(entry.id, body);
        return true;
      }
      // Emptied before it was handed over: the entry goes, as Backspace on an empty entry does.
      if (!body.trim() && entry !== typing.current)
        return notifyFailure(await call('minutes.delete', { id: entry.id })).ok;
      const stored = notifyFailure(await call('minutes.update', { id: entry.id, body })).ok;
      if (stored && entry !== typing.current) onHandedOverRef.current(entry.id, body);
      return stored;
    };
    const done = queue.current.then(run, run);
    queue.current = done;
    return done;
  }

  async function save(): Promise<void> {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const entry = typing.current;
    const body = latestText.current;
    setState('saving');
    const stored = await persist(entry, body);
    if (entry !== typing.current || latestText.current !== body) return;
    setState(stored ? 'saved' : 'failed');
    if (stored && !body) writeDraft(draftKey, null);
  }

  function change(next: string): void {
    setText(next);
    latestText.current = next;
    setState('pending');
    writeDraft(draftKey, JSON.stringify({ id: typing.current.id, text: next }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), delayMs);
  }

  /** Hands the entry to the list and empties the box for the next one. */
  function handOver(): void {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const entry = typing.current;
    const body = latestText.current;
    if (entry.id === null && !body.trim()) return;
    typing.current = { id: null };
    latestText.current = '';
    setText('');
    setState('saved');
    writeDraft(draftKey, null);
    if (entry.id !== null && body.trim()) onHandedOverRef.current(entry.id, body);
    onTypingRef.current(null);
    void persist(entry, body).then((stored) => {
      // Refused (a locked meeting, a lost connection): the text comes back if the box is still empty.
      if (stored || latestText.current !== '' || typing.current.id !== null) return;
      typing.current = entry;
      change(body);
      setState('failed');
    });
  }

  useEffect(() => {
    // A draft left by a window that closed mid-sentence is saved as soon as the box is shown again.
    if (restored) timer.current = setTimeout(() => void save(), 0);
    const onHide = () => void save();
    window.addEventListener('pagehide', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      handOver();
    };
    // Mount and unmount only: save and handOver read refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): void {
    if (handleSectionJump(event)) return;
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      handOver();
    }
  }

  return (
    <Group align="flex-start" gap="xs" wrap="nowrap">
      <Textarea
        data-new-entry
        size="sm"
        autosize
        minRows={1}
        style={{ flex: 1 }}
        aria-label={t('minutesUi.newEntry')}
        placeholder={t('minutesUi.newEntryPlaceholder')}
        value={text}
        onChange={(event) => change(event.currentTarget.value)}
        // Left with a click elsewhere: the entry moves into the list once the button is released.
        onBlur={() => afterPress(handOver)}
        onKeyDown={onKeyDown}
      />
      <Text size="xs" c={state === 'failed' ? 'red' : 'dimmed'} w={78} pt={6} aria-live="polite">
        {text ? t(`minutesUi.state.${state}`) : ''}
      </Text>
    </Group>
  );
}
