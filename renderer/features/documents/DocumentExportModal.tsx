import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/api/contract';
import { MEETING_DOCUMENTS, type MeetingDocument } from '../../../shared/domain/document-settings';
import type { FileDownload } from '../../../shared/domain/follow-up';
import type { Meeting } from '../../../shared/domain/meetings';
import { parseDateId } from '../../../shared/format/parse-date';
import { call } from '../../api/client';
import { PageLoader } from '../../components/PageLoader';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolvePerson, searchPeople } from '../../components/pickers';
import { localToday } from '../../format/local-time';
import { translateMessage } from '../../i18n';
import { saveDownload } from '../commitments/files';

// pdf.js is loaded only when a preview is asked for, not at start.
const PdfPreview = lazy(() => import('./PdfPreview'));

type Formats = 'pdf' | 'docx' | 'both';

function bytesOf(file: FileDownload): Uint8Array {
  return Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
}

/** Cetak / Ekspor for a meeting: choose the document, format and paper, preview the PDF, save. */
export function DocumentExportModal({
  meeting,
  opened,
  onClose,
}: {
  meeting: Meeting;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [document, setDocument] = useState<MeetingDocument>('notulen');
  const [formats, setFormats] = useState<Formats>('pdf');
  const [paper, setPaper] = useState<'A4' | 'F4' | null>(null);
  const [signer, setSigner] = useState<string | null>(null);
  const [letterDate, setLetterDate] = useState<string | null>(localToday());
  const [showPhone, setShowPhone] = useState(false);
  const [blankRows, setBlankRows] = useState<number | string>(10);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Uint8Array | null>(null);

  useEffect(() => {
    if (!opened) return;
    void call('documents.setup', {}).then((result) => {
      if (!result.ok) return;
      setPaper((current) => current ?? result.value.settings.paper);
      setSigner((current) => current ?? result.value.letters.signerPersonId);
    });
  }, [opened]);

  function request(format: 'pdf' | 'docx'): InputOf<'documents.meeting'> {
    return {
      meetingId: meeting.id,
      document,
      format,
      ...(paper ? { paper } : {}),
      ...(document === 'undangan' && signer ? { signerPersonId: signer } : {}),
      ...(document === 'undangan' && letterDate ? { letterDate } : {}),
      showPhone,
      blankRows: blankRows === '' ? 0 : Number(blankRows),
    };
  }

  async function render(format: 'pdf' | 'docx'): Promise<FileDownload | null> {
    const result = await call('documents.meeting', request(format));
    if (result.ok) return result.value;
    const detail = result.error.details?.[0];
    setError(detail ? translateMessage(detail) : translateMessage(result.error.message));
    return null;
  }

  async function run(action: () => Promise<void>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  const showPreview = () =>
    run(async () => {
      const file = await render('pdf');
      if (file) setPreview(bytesOf(file));
    });

  const download = () =>
    run(async () => {
      for (const format of formats === 'both' ? (['pdf', 'docx'] as const) : [formats]) {
        const file = await render(format);
        if (!file) return;
        saveDownload(file);
      }
    });

  return (
    <Modal opened={opened} onClose={onClose} title={t('documents.title')} size={preview ? '90%' : 'lg'}>
      <SimpleGrid cols={{ base: 1, md: preview ? 2 : 1 }} spacing="lg">
        <Stack gap="sm">
          <Select
            label={t('documents.document')}
            allowDeselect={false}
            data={MEETING_DOCUMENTS.map((value) => ({ value, label: t(`documents.kinds.${value}`) }))}
            value={document}
            onChange={(value) => {
              if (!value) return;
              setDocument(value as MeetingDocument);
              setPreview(null);
            }}
          />
          <Group grow>
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('documents.format')}
              </Text>
              <SegmentedControl
                fullWidth
                value={formats}
                onChange={(value) => setFormats(value as Formats)}
                data={[
                  { value: 'pdf', label: 'PDF' },
                  { value: 'docx', label: 'DOCX' },
                  { value: 'both', label: t('documents.both') },
                ]}
              />
            </div>
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('documents.paper')}
              </Text>
              <SegmentedControl
                fullWidth
                value={paper ?? 'F4'}
                onChange={(value) => {
                  setPaper(value as 'A4' | 'F4');
                  setPreview(null);
                }}
                data={[
                  { value: 'F4', label: 'F4' },
                  { value: 'A4', label: 'A4' },
                ]}
              />
            </div>
          </Group>
          {document === 'undangan' ? (
            <SimpleGrid cols={2}>
              <RemoteSelect
                label={t('documents.signer')}
                search={searchPeople}
                resolve={resolvePerson}
                value={signer}
                onChange={setSigner}
              />
              <DateInput
                label={t('documents.letterDate')}
                valueFormat="D MMMM YYYY"
                dateParser={(text) => parseDateId(text)}
                value={letterDate}
                onChange={setLetterDate}
              />
            </SimpleGrid>
          ) : null}
          {document === 'daftar_hadir' || document === 'daftar_hadir_terisi' ? (
            <Group align="flex-end">
              {document === 'daftar_hadir' ? (
                <NumberInput
                  label={t('documents.blankRows')}
                  min={0}
                  max={100}
                  value={blankRows}
                  onChange={setBlankRows}
                  w={160}
                />
              ) : null}
              <Checkbox
                label={t('documents.showPhone')}
                checked={showPhone}
                onChange={(event) => setShowPhone(event.currentTarget.checked)}
                mb={8}
              />
            </Group>
          ) : null}
          {error ? <Alert color="red">{error}</Alert> : null}
          <Group justify="flex-end">
            <Button
              variant="default"
              leftSection={<IconEye size={16} />}
              loading={busy}
              onClick={() => void showPreview()}
            >
              {t('documents.preview')}
            </Button>
            <Button leftSection={<IconDownload size={16} />} loading={busy} onClick={() => void download()}>
              {t('documents.save')}
            </Button>
          </Group>
          {busy ? (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('documents.preparing')}
            </Text>
          ) : null}
        </Stack>
        {preview ? (
          <Suspense fallback={<PageLoader />}>
            <PdfPreview data={preview} />
          </Suspense>
        ) : null}
      </SimpleGrid>
    </Modal>
  );
}
