import { Alert, Modal, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { JobInputOf } from '../../../shared/api/schemas/jobs';
import { runFileJob } from '../jobs/run-job';
import type { LedgerFilters } from '../../stores/ledger';
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

type Grouping = JobInputOf<'commitmentReport'>['groupBy'] & string;
type Form = JobInputOf<'commitmentReport'>['form'] & string;

/** From this many commitments the summary form is offered first: the full list runs to hundreds of pages. */
const SUMMARY_FROM = 3_000;

/**
 * Cetak laporan tindak lanjut komitmen from the ledger: the commitments of the ledger's current
 * filters, grouped per institution or per meeting; format, paper and signer; PDF preview; save.
 */
export function CommitmentReportModal({
  filters,
  total,
  opened,
  onClose,
}: {
  filters: LedgerFilters;
  total: number | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [groupBy, setGroupBy] = useState<Grouping>('institution');
  const [formats, setFormats] = useState<Formats>('pdf');
  const [pickedForm, setForm] = useState<Form | null>(null);
  const form: Form = pickedForm ?? (total !== null && total >= SUMMARY_FROM ? 'summary' : 'full');
  const { setup, paper, setPaper, signer, setSigner } = useOfficeDocumentDefaults(opened);

  const { progress, cancel, error, preview, clearPreview, showPreview, download } = useDocumentExport((format, watch) =>
    runFileJob(
      {
        kind: 'commitmentReport',
        input: {
          ...filters,
          groupBy,
          form,
          format,
          ...(paper ? { paper } : {}),
          ...(signer ? { signerPersonId: signer } : {}),
        },
      },
      watch,
    ),
  );

  // The list's filters changed behind the modal: the preview shows other commitments now.
  useEffect(() => clearPreview(), [filters]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Modal opened={opened} onClose={onClose} title={t('ledger.reportTitle')} size={preview ? '90%' : 'lg'}>
      <SimpleGrid cols={{ base: 1, md: preview ? 2 : 1 }} spacing="lg">
        <Stack gap="sm">
          {/* The office's paper and signer could not be read: the dialog works with its own choices. */}
          <QueryStatus query={setup} loader={null} />
          {total !== null ? (
            <Text size="sm" c="dimmed" data-testid="report-scope">
              {t('ledger.reportScope', { count: total })}
            </Text>
          ) : null}
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('ledger.reportGroupBy')}
            </Text>
            <SegmentedControl
              fullWidth
              value={groupBy}
              onChange={(value) => {
                setGroupBy(value as Grouping);
                clearPreview();
              }}
              data={[
                { value: 'institution', label: t('ledger.reportByInstitution') },
                { value: 'meeting', label: t('ledger.reportByMeeting') },
              ]}
            />
          </div>
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('jobs.reportForm.label')}
            </Text>
            <SegmentedControl
              fullWidth
              value={form}
              onChange={(value) => {
                setForm(value as Form);
                clearPreview();
              }}
              data={[
                { value: 'full', label: t('jobs.reportForm.full') },
                { value: 'summary', label: t('jobs.reportForm.summary') },
              ]}
            />
            <Text size="xs" c="dimmed" mt={4}>
              {form === 'summary' ? t('jobs.reportForm.summaryHint') : t('jobs.reportForm.fullHint')}
            </Text>
          </div>
          <FormatPaperControls
            formats={formats}
            onFormats={setFormats}
            paper={paper ?? 'F4'}
            onPaper={(value) => {
              setPaper(value);
              clearPreview();
            }}
          />
          <ReportSignerSelect
            value={signer}
            onChange={(value) => {
              setSigner(value);
              clearPreview();
            }}
          />
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
