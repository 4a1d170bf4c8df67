import {
  Alert,
  Button,
  FileInput,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMITMENT_STATUSES, type CommitmentStatus } from '../../../shared/domain/commitments';
import type { RecordOrigin } from '../../../shared/domain/origin';
import { call } from '../../api/client';
import { DateField, dateFieldProblem } from '../../components/DateField';
import { useGuardedCancel, useUnsavedChanges } from '../../components/FormGuard';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolvePerson, searchPeople } from '../../components/pickers';
import { splitApiError } from '../../hooks/api-errors';
import { localToday } from '../../format/local-time';
import { readAsBase64 } from './files';

const MAX_FILE_BYTES = 3 * 1024 * 1024;

/**
 * A dated progress report: note, percent, who reported, optional new status and evidence files.
 * `meetingId` records it against the meeting in which it was reported (carry-over review). On a
 * commitment of another office (`origin`), the report is this office's but the status is its
 * owner's: no status field, and a line saying who moves it.
 */
export function ProgressForm({
  commitmentId,
  currentStatus,
  meetingId = null,
  defaultDate,
  origin = null,
  onDone,
}: {
  commitmentId: string;
  currentStatus: CommitmentStatus;
  meetingId?: string | null;
  defaultDate?: string;
  origin?: RecordOrigin | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [reportedOn, setReportedOn] = useState<string | null>(defaultDate ?? localToday());
  const [note, setNote] = useState('');
  const [percent, setPercent] = useState<number | string>('');
  const [statusAfter, setStatusAfter] = useState<CommitmentStatus>(currentStatus);
  const [reporterId, setReporterId] = useState<string | null>(null);
  const [reporterText, setReporterText] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  /** Host messages by field, shown on the field itself. */
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  useUnsavedChanges(
    Boolean(note.trim() || percent !== '' || files.length || reporterId || reporterText.trim()) ||
      statusAfter !== currentStatus,
  );
  const cancel = useGuardedCancel(onDone);

  async function submit(): Promise<void> {
    const dateProblem = dateFieldProblem(reportedOn);
    if (dateProblem) {
      setFieldErrors({ reportedOn: dateProblem });
      return;
    }
    const tooLarge = files.find((file) => file.size > MAX_FILE_BYTES);
    if (tooLarge) {
      setError(t('validation.fileTooLarge'));
      return;
    }
    setSaving(true);
    setError(null);
    setFieldErrors({});
    const evidence = await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        mediaType: file.type || null,
        dataBase64: await readAsBase64(file),
      })),
    );
    const result = await call('commitments.addUpdate', {
      commitmentId,
      reportedOn: reportedOn ?? '',
      note,
      percent: percent === '' ? null : Number(percent),
      statusAfter: statusAfter === currentStatus ? null : statusAfter,
      reportedByPersonId: reporterId,
      reportedByText: reporterId ? null : reporterText,
      meetingId,
      evidence,
    });
    setSaving(false);
    if (result.ok) {
      onDone();
      return;
    }
    const split = splitApiError(result.error, ['reportedOn', 'note', 'percent', 'statusAfter', 'evidence']);
    setFieldErrors(split.fields);
    setError(split.general);
  }

  return (
    <Stack gap="sm" data-testid="progress-form">
      <SimpleGrid cols={{ base: 1, sm: origin ? 2 : 3 }}>
        <DateField
          label={t('progress.reportedOn')}
          required
          error={fieldErrors.reportedOn}
          value={reportedOn}
          onChange={setReportedOn}
        />
        {origin ? null : (
          <Select
            label={t('progress.status')}
            error={fieldErrors.statusAfter}
            allowDeselect={false}
            data={COMMITMENT_STATUSES.map((value) => ({ value, label: t(`commitmentStatus.${value}`) }))}
            value={statusAfter}
            onChange={(value) => value && setStatusAfter(value as CommitmentStatus)}
          />
        )}
        <NumberInput
          label={t('progress.percent')}
          min={0}
          max={100}
          suffix="%"
          allowDecimal={false}
          // Out of range is reported by the host, not silently changed to 100 on leaving the field.
          clampBehavior="none"
          error={fieldErrors.percent}
          value={percent}
          onChange={setPercent}
        />
      </SimpleGrid>
      {origin ? (
        <Text size="xs" c="dimmed" data-testid="progress-status-theirs">
          {t('ownership.statusTheirs', { office: origin.officeName })}
        </Text>
      ) : null}
      <Textarea
        label={t('progress.note')}
        error={fieldErrors.note}
        autosize
        minRows={2}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <RemoteSelect
          label={t('progress.reporter')}
          placeholder={t('meeting.personPlaceholder')}
          search={searchPeople}
          resolve={resolvePerson}
          value={reporterId}
          onChange={setReporterId}
        />
        {reporterId ? null : (
          <TextInput
            label={t('progress.reporterFree')}
            value={reporterText}
            onChange={(event) => setReporterText(event.currentTarget.value)}
          />
        )}
      </SimpleGrid>
      <FileInput
        label={t('progress.evidence')}
        error={fieldErrors.evidence}
        description={t('progress.evidenceHint')}
        placeholder={t('progress.evidencePlaceholder')}
        leftSection={<IconPaperclip size={16} />}
        multiple
        clearable
        value={files}
        onChange={setFiles}
      />
      {error ? <Alert color="red">{error}</Alert> : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={cancel}>
          {t('common.cancel')}
        </Button>
        <Button loading={saving} onClick={() => void submit()}>
          {t('progress.save')}
        </Button>
      </Group>
    </Stack>
  );
}
