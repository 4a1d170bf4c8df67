import { Button, Group, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api/result';
import type { FileDownload } from '../../../shared/domain/files';
import { useApiQuery } from '../../api/queries';
import { PageLoader } from '../../components/PageLoader';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolvePerson, searchPeople } from '../../components/pickers';
import { translateMessage } from '../../i18n';
import { saveDownload } from '../commitments/files';
import { progressShare } from '../../../shared/domain/jobs';
import { isCancelled, type JobWatch } from '../jobs/run-job';

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
export function useDocumentExport(render: (format: 'pdf' | 'docx', watch: JobWatch) => Promise<Result<FileDownload>>) {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Uint8Array | null>(null);
  // Each run has a number; Batal moves it on, so the answer of the abandoned run is dropped.
  const runNumber = useRef(0);
  // A document drawn as a job (the plan's matrix, the commitment report) stops on the host too.
  const abort = useRef<AbortController | null>(null);

  async function fetchFile(format: 'pdf' | 'docx', run: number): Promise<FileDownload | null> {
    abort.current = new AbortController();
    const result = await render(format, {
      signal: abort.current.signal,
      onProgress: (job) =>
        setProgress((current) =>
          current && run === runNumber.current ? { ...current, share: progressShare(job) } : current,
        ),
    });
    if (run !== runNumber.current || isCancelled(result)) return null;
    if (result.ok) return result.value;
    const detail = result.error.details?.[0];
    setError(detail ? translateMessage(detail) : translateMessage(result.error.message));
    return null;
  }

  async function runExport(steps: number, action: (run: number) => Promise<void>): Promise<void> {
    const run = ++runNumber.current;
    setProgress({ step: 1, steps, startedAt: Date.now(), share: null });
    setError(null);
    try {
      await action(run);
    } finally {
      if (run === runNumber.current) setProgress(null);
    }
  }

  return {
    busy: progress !== null,
    progress,
    error,
    preview,
    /** Stops waiting: the document being drawn is dropped when it arrives, nothing is saved. */
    cancel: () => {
      runNumber.current += 1;
      abort.current?.abort();
      setProgress(null);
    },
    /** Drops the preview (the choices changed, so it no longer shows what would be saved). */
    clearPreview: () => setPreview(null),
    showPreview: () =>
      runExport(1, async (run) => {
        const file = await fetchFile('pdf', run);
        if (file) setPreview(bytesOf(file));
      }),
    download: (formats: Formats) => {
      const list = formats === 'both' ? (['pdf', 'docx'] as const) : [formats];
      return runExport(list.length, async (run) => {
        for (const [index, format] of list.entries()) {
          if (run !== runNumber.current) return;
          setProgress((current) => (current ? { ...current, step: index + 1, share: null } : current));
          const file = await fetchFile(format, run);
          if (!file) return;
          saveDownload(file);
        }
      });
    },
  };
}

export interface ExportProgress {
  /** Which file of the run is being drawn (PDF then DOCX for "both"). */
  step: number;
  steps: number;
  startedAt: number;
  /** How far the host is with the file being drawn (0–1), when it says. */
  share: number | null;
}

/** Seconds since `startedAt`, ticking while shown. */
function useElapsedSeconds(startedAt: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return Math.max(0, Math.floor((now - startedAt) / 1000));
}

/** While the host draws: a moving bar, which file of how many, seconds so far, and Batal. */
function ExportProgressLine({ progress, onCancel }: { progress: ExportProgress; onCancel: () => void }) {
  const { t } = useTranslation();
  const seconds = useElapsedSeconds(progress.startedAt);
  return (
    <Stack gap={4} data-testid="export-progress">
      <Progress
        value={progress.share === null ? 100 : Math.round(progress.share * 100)}
        animated={progress.share === null}
        striped={progress.share === null}
        size="sm"
        aria-label={t('documents.preparing')}
      />
      <Group justify="space-between" wrap="nowrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {progress.steps > 1
            ? t('documents.preparingStep', { step: progress.step, steps: progress.steps, seconds })
            : t('documents.preparingSeconds', { seconds })}
        </Text>
        <Button size="compact-sm" variant="subtle" color="gray" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
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

/** Pratinjau and Simpan berkas, and the progress line with Batal while the host draws the document. */
export function ExportActions({
  progress,
  onPreview,
  onSave,
  onCancel,
}: {
  progress: ExportProgress | null;
  onPreview: () => void;
  onSave: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const busy = progress !== null;
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
      {progress ? <ExportProgressLine progress={progress} onCancel={onCancel} /> : null}
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

/**
 * The office's paper and signer (Pengaturan → Dokumen), loaded when a report dialog opens; what
 * the user picks in the dialog wins.
 */
export function useOfficeDocumentDefaults(opened: boolean) {
  const setup = useApiQuery('documents.setup', {}, { enabled: opened });
  const [pickedPaper, setPaper] = useState<Paper | null>(null);
  // undefined: not picked in this dialog (none, null, is a choice).
  const [pickedSigner, setSigner] = useState<string | null | undefined>(undefined);
  const paper = pickedPaper ?? setup.data?.settings.paper ?? null;
  const signer = pickedSigner === undefined ? (setup.data?.letters.signerPersonId ?? null) : pickedSigner;
  return { setup, paper, setPaper, signer, setSigner };
}

/** Penanda tangan of a report: a person of the directory, or none (the name is written by hand). */
export function ReportSignerSelect({
  value,
  onChange,
  error,
}: {
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <RemoteSelect
      label={t('documents.signer')}
      placeholder={t('documents.signerSearch')}
      description={value ? undefined : t('documents.signerOptional')}
      search={searchPeople}
      resolve={resolvePerson}
      value={value}
      error={error}
      onChange={onChange}
    />
  );
}
