import { Alert, Button, Checkbox, Divider, FileInput, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormImportReport } from '../../../shared/domain/progress-forms';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { GuardedModal } from '../../components/FormGuard';
import { QueryStatus } from '../../components/LoadError';
import { notifySuccess } from '../../hooks/notify';
import { translateMessage } from '../../i18n';
import { readAsBase64, saveDownload } from '../commitments/files';
import { isCancelled, runFileJob } from '../jobs/run-job';
import { FormImportReportView } from './FormImportReportView';

const ALL = '';

/**
 * Formulir laporan progres: make the forms (one institution's XLSX, or a ZIP of every
 * institution's), then import a filled one: previewed row by row, applied only as previewed.
 */
export function ProgressFormsModal({
  opened,
  onClose,
  institutionId,
}: {
  opened: boolean;
  onClose: () => void;
  institutionId?: string | undefined;
}) {
  const { t } = useTranslation();
  const query = useApiQuery('progressForms.institutions', {}, { enabled: opened });
  const institutions = query.data ?? null;
  // Until one is picked: the institution the ledger is filtered to, when it has open commitments.
  const [picked, setChoice] = useState<string | null>(null);
  const choice = picked ?? (institutionId && institutions?.some((i) => i.id === institutionId) ? institutionId : ALL);
  const [downloading, setDownloading] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<FormImportReport | null>(null);
  const [acceptStale, setAcceptStale] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function download(): Promise<void> {
    setDownloading(true);
    setError(null);
    // A job (issue 17): every institution's forms take a while; its notice keeps the file if the user leaves.
    const result = await runFileJob({ kind: 'progressForms', input: choice === ALL ? {} : { institutionId: choice } });
    setDownloading(false);
    if (isCancelled(result)) return;
    if (!result.ok) {
      const detail = result.error.details?.[0];
      setError(translateMessage(detail ?? result.error.message));
      return;
    }
    saveDownload(result.value);
    notifySuccess(t('forms.downloaded', { name: result.value.fileName }));
  }

  async function run(mode: 'preview' | 'apply'): Promise<void> {
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await call('progressForms.import', {
      fileName: file.name,
      dataBase64: await readAsBase64(file),
      mode,
      ...(mode === 'apply' && report ? { checkedSha256: report.sha256, acceptStale } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      const detail = result.error.details?.[0];
      setError(translateMessage(detail ?? result.error.message));
      return;
    }
    setReport(result.value);
    if (mode === 'apply' && result.value.applied > 0)
      notifySuccess(
        t('forms.applied', { count: result.value.applied, institution: result.value.institutionName ?? '' }),
      );
  }

  const previewed = report?.mode === 'preview';
  const stale = report ? report.rows.filter((r) => r.outcome === 'new' && r.stale).length : 0;
  const canApply = previewed && report.problems.length === 0 && report.counts.new > 0;
  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      // A form picked and not checked, or checked with reports to apply, is work that closing would drop.
      dirty={file !== null && (report === null || canApply)}
      title={t('forms.title')}
      size="xl"
    >
      <Stack gap="sm" data-testid="progress-forms">
        <Text size="sm" c="dimmed">
          {t('forms.intro')}
        </Text>
        <Title order={5}>{t('forms.makeTitle')}</Title>
        <QueryStatus query={query} loader={null} />
        {institutions?.length === 0 ? <Alert color="gray">{t('forms.noOpenCommitments')}</Alert> : null}
        {institutions && institutions.length > 0 ? (
          <Group align="flex-end" wrap="wrap">
            <Select
              label={t('forms.institution')}
              allowDeselect={false}
              searchable
              style={{ flex: 1, minWidth: 280 }}
              data={[
                { value: ALL, label: t('forms.allInstitutions', { count: institutions.length }) },
                ...institutions.map((i) => ({
                  value: i.id,
                  label: t('forms.institutionOption', { name: i.name, count: i.open }),
                })),
              ]}
              value={choice}
              onChange={(value) => setChoice(value ?? ALL)}
            />
            <Button leftSection={<IconDownload size={16} />} loading={downloading} onClick={() => void download()}>
              {t('forms.download')}
            </Button>
          </Group>
        ) : null}
        <Divider my={4} />
        <Title order={5}>{t('forms.importTitle')}</Title>
        <Group align="flex-end" wrap="wrap">
          <FileInput
            label={t('forms.file')}
            placeholder={t('forms.filePlaceholder')}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={16} />}
            style={{ flex: 1, minWidth: 280 }}
            value={file}
            onChange={(next) => {
              setFile(next);
              setReport(null);
              setAcceptStale(false);
            }}
            clearable
          />
          <Button variant="light" loading={busy && !previewed} disabled={!file} onClick={() => void run('preview')}>
            {t('forms.preview')}
          </Button>
        </Group>
        {error ? <Alert color="red">{error}</Alert> : null}
        {report ? <FormImportReportView report={report} /> : null}
        {report?.mode === 'apply' && report.applied > 0 ? (
          <Alert color="green" data-testid="form-applied">
            {t('forms.applied', { count: report.applied, institution: report.institutionName ?? '' })}
          </Alert>
        ) : null}
        {canApply ? (
          <Group justify="flex-end" wrap="wrap">
            {stale > 0 ? (
              <Checkbox
                label={t('forms.acceptStale', { count: stale })}
                checked={acceptStale}
                onChange={(event) => setAcceptStale(event.currentTarget.checked)}
              />
            ) : null}
            <Button loading={busy} disabled={stale > 0 && !acceptStale} onClick={() => void run('apply')}>
              {t('forms.apply', { count: report.counts.new })}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </GuardedModal>
  );
}
