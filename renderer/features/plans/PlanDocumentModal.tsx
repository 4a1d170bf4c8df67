import { Alert, Modal, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlan } from '../../../shared/domain/plans';
import { runFileJob } from '../jobs/run-job';
import {
  ExportActions,
  FormatPaperControls,
  PreviewPane,
  useDocumentExport,
  type Formats,
  type Paper,
} from '../documents/export-parts';

type Schedule = 'months' | 'quarters';

/** Cetak the matrix of a plan: landscape, month or quarter ticks, totals; preview, then save. */
export function PlanDocumentModal({
  plan,
  opened,
  onClose,
}: {
  plan: ActionPlan;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [formats, setFormats] = useState<Formats>('pdf');
  const [paper, setPaper] = useState<Paper>('F4');
  const [schedule, setSchedule] = useState<Schedule>('months');
  const { progress, cancel, error, preview, clearPreview, showPreview, download } = useDocumentExport((format, watch) =>
    runFileJob({ kind: 'planDocument', input: { planId: plan.id, format, paper, schedule } }, watch),
  );

  return (
    <Modal opened={opened} onClose={onClose} title={t('plans.print.title')} size={preview ? '90%' : 'lg'}>
      <SimpleGrid cols={{ base: 1, md: preview ? 2 : 1 }} spacing="lg">
        <Stack gap="sm">
          <FormatPaperControls
            formats={formats}
            onFormats={setFormats}
            paper={paper}
            onPaper={(next) => {
              setPaper(next);
              clearPreview();
            }}
          />
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('plans.print.schedule')}
            </Text>
            <SegmentedControl
              fullWidth
              value={schedule}
              onChange={(value) => {
                setSchedule(value as Schedule);
                clearPreview();
              }}
              data={[
                { value: 'months', label: t('plans.print.months') },
                { value: 'quarters', label: t('plans.print.quarters') },
              ]}
            />
          </div>
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
