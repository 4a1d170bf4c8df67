import { Alert, Group, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordCounts, RestoreReport } from '../../../shared/domain/backups';
import { backupWhen, formatBackupTime, formatCount } from './format';

const COUNT_KEYS: readonly (keyof RecordCounts)[] = ['meetings', 'commitments', 'people', 'institutions', 'planRows'];

/**
 * What a restore brought back: from which copy, as of when, how many records, and where the data
 * it replaced was kept. `dataDir` names the folder when the replaced data could not be copied.
 */
export function RestoreReportPanel({
  report,
  dataDir,
  action,
}: {
  report: RestoreReport;
  dataDir: string | null;
  action: ReactNode;
}) {
  const { t } = useTranslation();
  const previous = report.preRestoreBackup;
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconCircleCheck size={22} />}
      title={t('safety.restore.doneTitle')}
      data-testid="restore-report"
    >
      <Stack gap="xs">
        <Text size="sm">
          {report.source === 'backup' && report.backupCreatedAt
            ? t('safety.restore.doneFrom', { date: formatBackupTime(report.backupCreatedAt) })
            : t('safety.restore.doneFromFile', { name: report.name })}
        </Text>
        {report.source === 'upload' && report.backupCreatedAt ? (
          <Text size="sm">{t('backups.fileTakenAt', { date: formatBackupTime(report.backupCreatedAt) })}</Text>
        ) : null}
        {report.dataAsOf ? (
          <Text size="sm">{t('safety.restore.dataAsOf', { date: formatBackupTime(report.dataAsOf) })}</Text>
        ) : null}
        {report.migratedFrom !== null ? (
          <Text size="sm">{t('safety.restore.migrated', { from: report.migratedFrom })}</Text>
        ) : null}
        <Table withTableBorder maw={520} verticalSpacing={4} aria-label={t('backups.reportCounts')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('safety.column.records')}</Table.Th>
              <Table.Th ta="right">{t('safety.restore.countsRestored')}</Table.Th>
              <Table.Th ta="right">{t('safety.restore.countsNow')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {COUNT_KEYS.map((key) => (
              <Table.Tr key={key}>
                <Table.Td>{t(`safety.counts.${key}`)}</Table.Td>
                <Table.Td ta="right">{formatCount(report.countsRestored[key])}</Table.Td>
                <Table.Td ta="right">{formatCount(report.countsNow[key])}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {previous ? (
          <Text size="sm">
            {t('safety.restore.previousKept', { date: backupWhen(previous) })}{' '}
            {t('backups.previousFile', { name: previous.fileName })}
          </Text>
        ) : (
          <Text size="sm">
            {t('safety.restore.previousNotKept')}
            {dataDir ? (
              <>
                {' '}
                {t('backups.dataFolder')}: <code>{dataDir}</code>
              </>
            ) : null}
          </Text>
        )}
        <Group>{action}</Group>
      </Stack>
    </Alert>
  );
}
