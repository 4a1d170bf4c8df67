import { Alert, Button, Checkbox, FileInput, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode, PlanImportReport } from '../../../shared/domain/plans';
import { call } from '../../api/client';
import { translateMessage } from '../../i18n';
import { readAsBase64 } from '../commitments/files';

const SHOWN_PROBLEMS = 50;

/**
 * Import of an XLSX plan: the file is checked first and every problem is listed by row and
 * column; nothing is written until the file is clean, or until the user confirms importing only
 * the valid rows of that same file.
 */
export function ImportModal({ planId, opened, onClose }: { planId: string; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [replace, setReplace] = useState(false);
  const [report, setReport] = useState<PlanImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(mode: ImportMode): Promise<void> {
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await call('plans.importXlsx', {
      planId,
      fileName: file.name,
      dataBase64: await readAsBase64(file),
      mode,
      replaceRows: replace,
      ...(mode === 'validOnly' && report ? { checkedSha256: report.sha256 } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      const detail = result.error.details?.[0];
      setError(detail ? translateMessage(detail) : translateMessage(result.error.message));
      return;
    }
    setReport(result.value);
  }

  function close(): void {
    setFile(null);
    setReport(null);
    setError(null);
    onClose();
  }

  const imported = report && report.mode !== 'check';
  return (
    <Modal opened={opened} onClose={close} title={t('plans.import.title')} size="lg">
      <Stack gap="sm" data-testid="plan-import">
        <Text size="sm" c="dimmed">
          {t('plans.import.intro')}
        </Text>
        <FileInput
          label={t('plans.import.file')}
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          leftSection={<IconFileSpreadsheet size={16} />}
          value={file}
          onChange={(next) => {
            setFile(next);
            setReport(null);
          }}
          clearable
        />
        <Checkbox
          label={t('plans.import.replace')}
          checked={replace}
          onChange={(event) => setReplace(event.currentTarget.checked)}
        />
        {error ? <Alert color="red">{error}</Alert> : null}
        {report ? (
          <Alert color={imported ? 'green' : report.clean ? 'blue' : 'orange'} data-testid="import-report">
            <Text size="sm" fw={500}>
              {imported
                ? t('plans.import.done', { count: report.imported })
                : t('plans.import.checked', {
                    found: report.rowsFound,
                    valid: report.validRows,
                    problems: report.problems.length,
                  })}
            </Text>
            {report.problems.length > 0 ? (
              <List size="sm" mt="xs" spacing={2}>
                {report.problems.slice(0, SHOWN_PROBLEMS).map((problem, index) => (
                  <List.Item key={index}>{translateMessage({ key: problem.key, params: problem.params })}</List.Item>
                ))}
              </List>
            ) : null}
            {report.problems.length > SHOWN_PROBLEMS ? (
              <Text size="xs" mt="xs">
                {t('plans.import.moreProblems', { count: report.problems.length - SHOWN_PROBLEMS })}
              </Text>
            ) : null}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {imported ? t('common.close') : t('common.cancel')}
          </Button>
          {!report || report.mode !== 'check' ? (
            <Button loading={busy} disabled={!file || Boolean(imported)} onClick={() => void run('check')}>
              {t('plans.import.check')}
            </Button>
          ) : report.clean ? (
            <Button loading={busy} onClick={() => void run('import')}>
              {t('plans.import.importAll', { count: report.validRows })}
            </Button>
          ) : report.validRows > 0 ? (
            <Button color="orange" loading={busy} onClick={() => void run('validOnly')}>
              {t('plans.import.importValid', { count: report.validRows })}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Modal>
  );
}
