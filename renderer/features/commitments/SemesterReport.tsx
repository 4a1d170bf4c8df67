import { Alert, Button, Modal, NumberInput, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconFileAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { JobInputOf } from '../../../shared/api/schemas/jobs';
import type { Result } from '../../../shared/api/result';
import type { FileDownload } from '../../../shared/domain/files';
import { lastEndedSemester, periodDates } from '../../../shared/domain/report-period';
import { parseDateId } from '../../../shared/format/parse-date';
import { runFileJob, type JobWatch } from '../jobs/run-job';
import { localToday } from '../../format/local-time';
import { splitApiError, withoutPlacedIssues } from '../../hooks/api-errors';
import {
  ExportActions,
  FormatPaperControls,
  PreviewPane,
  ReportSignerSelect,
  useDocumentExport,
  useOfficeDocumentDefaults,
  type Formats,
} from '../documents/export-parts';
import { QueryStatus } from '../../components/LoadError';

type Period = JobInputOf<'semesterReport'>['period'];
const FIELDS = ['period.year', 'period.semester', 'period.from', 'period.to', 'signerPersonId'] as const;

/**
 * Laporan semester for the Bupati: a semester of a year (by default the one that ended last) or a
 * range of dates, format, paper and signer; PDF preview; save. The host draws it in the document
 * worker; host messages land on their fields.
 */
function SemesterReportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const initial = lastEndedSemester(localToday());
  const [kind, setKind] = useState<Period['kind']>('semester');
  const [year, setYear] = useState<number | string>(initial.year);
  const [semester, setSemester] = useState<1 | 2>(initial.semester);
  const initialDates = periodDates({ kind: 'semester', ...initial });
  const [from, setFrom] = useState<string | null>(initialDates.from);
  const [to, setTo] = useState<string | null>(initialDates.to);
  const [formats, setFormats] = useState<Formats>('pdf');
  const { setup, paper, setPaper, signer, setSigner } = useOfficeDocumentDefaults(opened);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  function period(): Period {
    if (kind === 'range') return { kind, from: from ?? '', to: to ?? '' };
    // An empty year is left out, so the host answers "required" on the year.
    return (year === '' ? { kind, semester } : { kind, year: Number(year), semester }) as Period;
  }

  /** A job (issue 17): followed with progress and Batal here and in its notice, which stays on any page. */
  async function render(format: 'pdf' | 'docx', watch: JobWatch): Promise<Result<FileDownload>> {
    setFieldErrors({});
    const input = {
      period: period(),
      format,
      ...(paper ? { paper } : {}),
      ...(signer ? { signerPersonId: signer } : {}),
    };
    const result = await runFileJob({ kind: 'semesterReport', input }, watch);
    if (result.ok) return result;
    // The job's input is checked when it starts: its issues are under `input.` (a signer's are not).
    setFieldErrors(splitApiError(result.error, FIELDS, 'input.').fields);
    // A period too full to print (`period`) is the dialog's message; the rest stay on their fields.
    return { ok: false, error: withoutPlacedIssues(result.error, FIELDS, 'input.') };
  }

  const { progress, cancel, error, preview, clearPreview, showPreview, download } = useDocumentExport(render);
  const changed =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      clearPreview();
    };

  return (
    <Modal opened={opened} onClose={onClose} title={t('semesterReport.title')} size={preview ? '90%' : 'lg'}>
      <SimpleGrid cols={{ base: 1, md: preview ? 2 : 1 }} spacing="lg">
        <Stack gap="sm">
          {/* The office's paper and signer could not be read: the dialog works with its own choices. */}
          <QueryStatus query={setup} loader={null} />
          <Text size="sm" c="dimmed">
            {t('semesterReport.intro')}
          </Text>
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('semesterReport.period')}
            </Text>
            <SegmentedControl
              fullWidth
              value={kind}
              onChange={(value) => changed(setKind)(value as Period['kind'])}
              data={[
                { value: 'semester', label: t('semesterReport.bySemester') },
                { value: 'range', label: t('semesterReport.byRange') },
              ]}
            />
          </div>
          {kind === 'semester' ? (
            <SimpleGrid cols={2}>
              <NumberInput
                label={t('semesterReport.year')}
                min={2000}
                max={2100}
                allowDecimal={false}
                thousandSeparator=""
                value={year}
                error={fieldErrors['period.year']}
                onChange={changed(setYear)}
              />
              <div>
                <Text size="sm" fw={500} mb={4}>
                  {t('semesterReport.semester')}
                </Text>
                <SegmentedControl
                  fullWidth
                  value={String(semester)}
                  onChange={(value) => changed(setSemester)(value === '2' ? 2 : 1)}
                  data={[
                    { value: '1', label: t('semesterReport.semesterI') },
                    { value: '2', label: t('semesterReport.semesterII') },
                  ]}
                />
              </div>
            </SimpleGrid>
          ) : (
            <SimpleGrid cols={2}>
              <DateInput
                label={t('semesterReport.from')}
                valueFormat="D MMMM YYYY"
                dateParser={(text) => parseDateId(text)}
                value={from}
                error={fieldErrors['period.from']}
                onChange={changed(setFrom)}
              />
              <DateInput
                label={t('semesterReport.to')}
                valueFormat="D MMMM YYYY"
                dateParser={(text) => parseDateId(text)}
                value={to}
                error={fieldErrors['period.to']}
                onChange={changed(setTo)}
              />
            </SimpleGrid>
          )}
          <FormatPaperControls
            formats={formats}
            onFormats={setFormats}
            paper={paper ?? 'F4'}
            onPaper={changed(setPaper)}
          />
          <ReportSignerSelect value={signer} onChange={changed(setSigner)} error={fieldErrors.signerPersonId} />
          {error ? <Alert color="red">{error}</Alert> : null}
          <ExportActions
            progress={progress}
            onPreview={() => void showPreview()}
            onSave={() => void download(formats)}
            onCancel={cancel}
          />
        </Stack>
        <PreviewPane data={preview} />
      </SimpleGrid>
    </Modal>
  );
}

/** The button that opens the laporan semester (Komitmen, Beranda). */
export function SemesterReportButton() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button
        variant="light"
        leftSection={<IconFileAnalytics size={16} />}
        onClick={() => setOpened(true)}
        data-testid="semester-report-open"
      >
        {t('semesterReport.open')}
      </Button>
      <SemesterReportModal opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
