import { Alert, Badge, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryImportReport } from '../../../shared/domain/directory-import';
import { call } from '../../api/client';
import { GuardedCancelButton, GuardedModal } from '../../components/FormGuard';
import { ImportProblemList } from '../../components/ImportProblemList';
import { notifySuccess } from '../../hooks/notify';
import { translateMessage } from '../../i18n';
import { readAsBase64 } from '../commitments/files';

const SHOWN_ROWS = 300;
const OUTCOME_COLORS = { new: 'green', duplicate: 'gray', error: 'red' } as const;

/**
 * Institutions and people from a workbook or CSV: checked row by row (what is new, what the
 * directory already has, what must be fixed), then imported whole, only as checked.
 */
export function DirectoryImportModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<DirectoryImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(mode: 'check' | 'import'): Promise<void> {
    if (!file) return;
    setBusy(true);
    setError(null);
    const result = await call('directory.importXlsx', {
      fileName: file.name,
      dataBase64: await readAsBase64(file),
      mode,
      ...(mode === 'import' && report ? { checkedSha256: report.sha256 } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setError(translateMessage(result.error.details?.[0] ?? result.error.message));
      return;
    }
    setReport(result.value);
    if (mode === 'import') notifySuccess(t('directoryImport.imported', result.value.imported));
  }

  function close(): void {
    setFile(null);
    setReport(null);
    setError(null);
    onClose();
  }

  const counts = report?.counts;
  const news = counts ? counts.institutions.new + counts.people.new : 0;
  const imported = report?.mode === 'import';
  return (
    <GuardedModal
      opened={opened}
      onClose={close}
      // A file picked and not checked, or checked with rows to import, is work that closing would drop.
      dirty={file !== null && (report === null || (!imported && report.problems.length === 0 && news > 0))}
      title={t('directoryImport.title')}
      size="xl"
    >
      <Stack gap="sm" data-testid="directory-import">
        <Text size="sm" c="dimmed">
          {t('directoryImport.intro')}
        </Text>
        <Group align="flex-end">
          <FileInput
            label={t('directoryImport.file')}
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            leftSection={<IconFileSpreadsheet size={16} />}
            style={{ flex: 1, minWidth: 260 }}
            value={file}
            onChange={(next) => {
              setFile(next);
              setReport(null);
            }}
            clearable
          />
          <Button variant="light" disabled={!file} loading={busy && !report} onClick={() => void run('check')}>
            {t('directoryImport.check')}
          </Button>
        </Group>
        {error ? <Alert color="red">{error}</Alert> : null}
        {report && counts ? (
          <>
            <Text size="sm" fw={500} data-testid="directory-import-summary">
              {t('directoryImport.summary', {
                newInstitutions: counts.institutions.new,
                duplicateInstitutions: counts.institutions.duplicate,
                newPeople: counts.people.new,
                duplicatePeople: counts.people.duplicate,
                errors: counts.errors,
              })}
            </Text>
            <ImportProblemList problems={report.problems} title={t('directoryImport.fixFirst')} />
            {imported ? (
              <Alert color="green" data-testid="directory-imported">
                {t('directoryImport.imported', report.imported)}
              </Alert>
            ) : report.problems.length === 0 && news === 0 ? (
              <Alert color="blue">{t('directoryImport.nothingNew')}</Alert>
            ) : null}
            <Table.ScrollContainer minWidth={640} maxHeight={300}>
              <Table striped verticalSpacing={4} fz="sm" stickyHeader>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={60}>{t('directoryImport.columns.row')}</Table.Th>
                    <Table.Th w={90}>{t('directoryImport.columns.kind')}</Table.Th>
                    <Table.Th>{t('directoryImport.columns.name')}</Table.Th>
                    <Table.Th>{t('directoryImport.columns.detail')}</Table.Th>
                    <Table.Th w={130}>{t('directoryImport.columns.outcome')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.rows.slice(0, SHOWN_ROWS).map((row) => (
                    <Table.Tr key={`${row.sheet}:${row.sheetRow}`}>
                      <Table.Td>{row.sheetRow}</Table.Td>
                      <Table.Td>{t(`directoryImport.kinds.${row.kind}`)}</Table.Td>
                      <Table.Td>{row.name}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{row.detail}</Text>
                        {row.duplicateOf ? (
                          <Text size="xs" c="dimmed">
                            {t('directoryImport.duplicateOf', { name: row.duplicateOf })}
                            {row.duplicateOrigin
                              ? ` ${t('sharedDirectory.importForeign', { office: row.duplicateOrigin })}`
                              : ''}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={OUTCOME_COLORS[row.outcome]}>
                          {t(`directoryImport.outcome.${row.outcome}`)}
                        </Badge>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        ) : null}
        <Group justify="flex-end">
          <GuardedCancelButton onCancel={close}>
            {imported ? t('common.close') : t('common.cancel')}
          </GuardedCancelButton>
          {report && !imported && report.problems.length === 0 && news > 0 ? (
            <Button loading={busy} onClick={() => void run('import')}>
              {t('directoryImport.import', { institutions: counts?.institutions.new, people: counts?.people.new })}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </GuardedModal>
  );
}
