import { Alert, Button, Group, Modal, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileDownload } from '../../../shared/domain/follow-up';
import type { ActionPlan } from '../../../shared/domain/plans';
import { call } from '../../api/client';
import { PageLoader } from '../../components/PageLoader';
import { translateMessage } from '../../i18n';
import { saveDownload } from '../commitments/files';

const PdfPreview = lazy(() => import('../documents/PdfPreview'));

type Formats = 'pdf' | 'docx' | 'both';

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
  const [paper, setPaper] = useState<'F4' | 'A4'>('F4');
  const [schedule, setSchedule] = useState<'months' | 'quarters'>('months');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<Uint8Array | null>(null);

  async function render(format: 'pdf' | 'docx'): Promise<FileDownload | null> {
    const result = await call('documents.plan', { planId: plan.id, format, paper, schedule });
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

  return (
    <Modal opened={opened} onClose={onClose} title={t('plans.print.title')} size={preview ? '90%' : 'lg'}>
      <SimpleGrid cols={{ base: 1, md: preview ? 2 : 1 }} spacing="lg">
        <Stack gap="sm">
          <SimpleGrid cols={3}>
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('documents.format')}
              </Text>
              <SegmentedControl
                fullWidth
                value={formats}
                onChange={(v) => setFormats(v as Formats)}
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
                onChange={(v) => (setPaper(v as 'F4' | 'A4'), setPreview(null))}
                data={[
                  { value: 'F4', label: 'F4' },
                  { value: 'A4', label: 'A4' },
                ]}
              />
            </div>
            <div>
              <Text size="sm" fw={500} mb={4}>
                {t('plans.print.schedule')}
              </Text>
              <SegmentedControl
                fullWidth
                value={schedule}
                onChange={(v) => (setSchedule(v as 'months' | 'quarters'), setPreview(null))}
                data={[
                  { value: 'months', label: t('plans.print.months') },
                  { value: 'quarters', label: t('plans.print.quarters') },
                ]}
              />
            </div>
          </SimpleGrid>
          {error ? <Alert color="red">{error}</Alert> : null}
          <Group justify="flex-end">
            <Button
              variant="default"
              leftSection={<IconEye size={16} />}
              loading={busy}
              onClick={() =>
                void run(async () => {
                  const file = await render('pdf');
                  if (file) setPreview(Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0)));
                })
              }
            >
              {t('documents.preview')}
            </Button>
            <Button
              leftSection={<IconDownload size={16} />}
              loading={busy}
              onClick={() =>
                void run(async () => {
                  for (const format of formats === 'both' ? (['pdf', 'docx'] as const) : [formats]) {
                    const file = await render(format);
                    if (!file) return;
                    saveDownload(file);
                  }
                })
              }
            >
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
