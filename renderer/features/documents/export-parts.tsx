import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api/result';
import type { FileDownload } from '../../../shared/domain/follow-up';
import { PageLoader } from '../../components/PageLoader';
import { translateMessage } from '../../i18n';
import { saveDownload } from '../commitments/files';

/**
 * The parts the Cetak / Ekspor modals share: format and paper choice, the preview and save
 * buttons with their busy state and error, and the PDF preview beside the form.
 */

// pdf.js is loaded only when a preview is asked for, not at start.
const PdfPreview = lazy(() => import('./PdfPreview'));

export type Formats = 'pdf' | 'docx' | 'both';
export type Paper = 'A4' | 'F4';

function bytesOf(file: FileDownload): Uint8Array {
  return Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0));
}

/**
 * Preview and save for one document: `render` asks the host for the file in one format. A failed
 * answer shows its first field message (e.g. "narrow the filter"), else the general one.
 */
export function useDocumentExport(render: (format: 'pdf' | 'docx') => Promise<Result<FileDownload>>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Uint8Array | null>(null);

  async function fetchFile(format: 'pdf' | 'docx'): Promise<FileDownload | null> {
    const result = await render(format);
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

  return {
    busy,
    error,
    preview,
    /** Drops the preview (the choices changed, so it no longer shows what would be saved). */
    clearPreview: () => setPreview(null),
    showPreview: () =>
      run(async () => {
        const file = await fetchFile('pdf');
        if (file) setPreview(bytesOf(file));
      }),
    download: (formats: Formats) =>
      run(async () => {
        for (const format of formats === 'both' ? (['pdf', 'docx'] as const) : [formats]) {
          const file = await fetchFile(format);
          if (!file) return;
          saveDownload(file);
        }
      }),
  };
}

/** Format (PDF, DOCX, both) and paper (F4, A4), side by side. */
export function FormatPaperControls({
  formats,
  onFormats,
  paper,
  onPaper,
}: {
  formats: Formats;
  onFormats: (formats: Formats) => void;
  paper: Paper;
  onPaper: (paper: Paper) => void;
}) {
  const { t } = useTranslation();
  return (
    <Group grow>
      <div>
        <Text size="sm" fw={500} mb={4}>
          {t('documents.format')}
        </Text>
        <SegmentedControl
          fullWidth
          value={formats}
          onChange={(value) => onFormats(value as Formats)}
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
          value={paper}
          onChange={(value) => onPaper(value as Paper)}
          data={[
            { value: 'F4', label: 'F4' },
            { value: 'A4', label: 'A4' },
          ]}
        />
      </div>
    </Group>
  );
}

/** Pratinjau and Simpan berkas, and a "preparing" line while the host draws the document. */
export function ExportActions({
  busy,
  onPreview,
  onSave,
}: {
  busy: boolean;
  onPreview: () => void;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Group justify="flex-end">
        <Button variant="default" leftSection={<IconEye size={16} />} loading={busy} onClick={onPreview}>
          {t('documents.preview')}
        </Button>
        <Button leftSection={<IconDownload size={16} />} loading={busy} onClick={onSave}>
          {t('documents.save')}
        </Button>
      </Group>
      {busy ? (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('documents.preparing')}
        </Text>
      ) : null}
    </>
  );
}

/** The PDF's pages, drawn by pdf.js (loaded on first use). */
export function PreviewPane({ data }: { data: Uint8Array | null }) {
  if (!data) return null;
  return (
    <Suspense fallback={<PageLoader />}>
      <PdfPreview data={data} />
    </Suspense>
  );
}
