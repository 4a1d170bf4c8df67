import { ActionIcon, Card, Checkbox, Group, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconDownload, IconFile, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../shared/domain/agenda';
import { isPhoto, type MeetingFile } from '../../../shared/domain/meeting-files';
import { call } from '../../api/client';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { notifyFailure, notifySuccess } from '../../hooks/notify';
import { saveDownload } from '../commitments/files';
import { PhotoThumb } from './PhotoThumb';

const WHOLE = '';

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

type Fields = { caption: string | null; agendaItemId: string | null; inAnnex: boolean };

const fieldsOf = (file: MeetingFile): Fields => ({
  caption: file.caption,
  agendaItemId: file.agendaItemId,
  inAnnex: file.inAnnex,
});

/** One photo or material: its caption and agenda item (saved when changed), the annex choice, download, delete. */
export function MeetingFileCard({
  file,
  agenda,
  locked,
}: {
  file: MeetingFile;
  agenda: readonly AgendaItem[];
  locked: boolean;
}) {
  const { t } = useTranslation();
  const photo = isPhoto(file.type);
  /**
   * What this card saved that the list has not shown back yet: a caption saved on leaving its
   * field is not undone by an annex tick or agenda choice sent before the list has reloaded.
   */
  const pending = useRef<Partial<Fields>>({});
  /** `pending` less the keys for which `done` says the value is settled. */
  const keep = (done: (key: keyof Fields) => boolean): Partial<Fields> =>
    Object.fromEntries(Object.entries(pending.current).filter(([key]) => !done(key as keyof Fields)));
  const current = (): Fields => {
    const shown = fieldsOf(file);
    pending.current = keep((key) => pending.current[key] === shown[key]);
    return { ...shown, ...pending.current };
  };

  async function save(patch: Partial<Fields>) {
    const fields = { ...current(), ...patch };
    pending.current = { ...pending.current, ...patch };
    const result = notifyFailure(await call('meetingFiles.update', { id: file.id, ...fields }));
    // Refused (the message says why), it is not carried into the next save.
    if (!result.ok) pending.current = keep((key) => key in patch && pending.current[key] === patch[key]);
  }

  async function download(): Promise<void> {
    const result = notifyFailure(await call('meetingFiles.download', { id: file.id }));
    if (result.ok) saveDownload(result.value);
  }

  const [confirming, setConfirming] = useState(false);

  /** Asked in the app's own dialog, which shows a refusal (a meeting locked meanwhile) where it was asked. */
  async function remove() {
    const result = await call('meetingFiles.delete', { id: file.id });
    if (result.ok) notifySuccess(t('meetingFiles.removed', { name: file.originalName }));
    return result;
  }

  return (
    <Card withBorder padding="xs" data-testid="meeting-file">
      <Stack gap={6}>
        {photo ? <PhotoThumb id={file.id} alt={file.caption ?? file.originalName} /> : null}
        <Group gap={6} wrap="nowrap" justify="space-between">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            {photo ? null : <IconFile size={18} />}
            <Text size="sm" fw={500} truncate title={file.originalName}>
              {file.originalName}
            </Text>
          </Group>
          <Group gap={2} wrap="nowrap">
            <Text size="xs" c="dimmed">
              {formatSize(file.sizeBytes)}
            </Text>
            <Tooltip label={t('meetingFiles.download')}>
              <ActionIcon
                variant="subtle"
                aria-label={`${t('meetingFiles.download')} ${file.originalName}`}
                onClick={() => void download()}
              >
                <IconDownload size={16} />
              </ActionIcon>
            </Tooltip>
            {locked ? null : (
              <Tooltip label={t('meetingFiles.remove')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`${t('meetingFiles.remove')} ${file.originalName}`}
                  onClick={() => setConfirming(true)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Group>
        {photo ? (
          <TextInput
            // Uncontrolled, started again when the stored caption changes (saved here or elsewhere).
            key={file.caption ?? ''}
            size="xs"
            aria-label={t('meetingFiles.caption')}
            placeholder={t('meetingFiles.captionPlaceholder')}
            defaultValue={file.caption ?? ''}
            disabled={locked}
            onBlur={(event) => {
              const caption = event.currentTarget.value.trim();
              if (caption !== (current().caption ?? '')) void save({ caption: caption || null });
            }}
          />
        ) : null}
        <Select
          size="xs"
          aria-label={t('meetingFiles.agendaItem')}
          allowDeselect={false}
          disabled={locked}
          data={[
            { value: WHOLE, label: t('meetingFiles.wholeMeeting') },
            ...agenda.map((item, i) => ({ value: item.id, label: `${i + 1}. ${item.title}` })),
          ]}
          value={file.agendaItemId ?? WHOLE}
          onChange={(value) => void save({ agendaItemId: value || null })}
        />
        {photo ? (
          <Checkbox
            size="xs"
            label={t('meetingFiles.inAnnex')}
            checked={file.inAnnex}
            disabled={locked}
            onChange={(event) => void save({ inAnnex: event.currentTarget.checked })}
          />
        ) : null}
      </Stack>
      <ConfirmDelete
        name={confirming ? file.originalName : null}
        message={t('meetingFiles.removeConfirm', { name: file.originalName })}
        onConfirm={remove}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
}
