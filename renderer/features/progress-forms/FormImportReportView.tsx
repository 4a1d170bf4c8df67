import { Alert, Badge, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FormImportReport, FormRowOutcome } from '../../../shared/domain/progress-forms';
import { formatDateId } from '../../../shared/format/dates';
import { ImportProblemList } from '../../components/ImportProblemList';

const OUTCOME_COLORS: Record<FormRowOutcome, string> = {
  new: 'green',
  unchanged: 'gray',
  empty: 'gray',
  error: 'red',
};

/** What a returned form would change, row by row, with every problem said where it is. */
export function FormImportReportView({ report }: { report: FormImportReport }) {
  const { t } = useTranslation();
  const counts = { ...report.counts };
  const rows = report.rows.filter((row) => row.outcome !== 'empty');
  return (
    <Stack gap="xs" data-testid="form-report">
      <Text size="sm" fw={500}>
        {report.institutionName && report.formDate
          ? t('forms.summary', { institution: report.institutionName, date: formatDateId(report.formDate), ...counts })
          : t('forms.summaryUnknown', counts)}
      </Text>
      <ImportProblemList problems={report.problems} title={t('forms.fixFirst')} />
      {report.problems.length === 0 && counts.new === 0 ? (
        <Alert color="blue" data-testid="form-nothing-new">
          {t('forms.nothingNew')}
        </Alert>
      ) : null}
      {rows.length > 0 ? (
        <Table.ScrollContainer minWidth={720} maxHeight={320}>
          <Table striped verticalSpacing={4} fz="sm" stickyHeader>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={50}>{t('forms.columns.row')}</Table.Th>
                <Table.Th>{t('forms.columns.commitment')}</Table.Th>
                <Table.Th w={180}>{t('forms.columns.change')}</Table.Th>
                <Table.Th>{t('forms.columns.done')}</Table.Th>
                <Table.Th w={130}>{t('forms.columns.outcome')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.sheetRow}>
                  <Table.Td>{row.sheetRow}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3}>
                      {row.description ?? '–'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {[
                        row.status
                          ? row.statusBefore && row.statusBefore !== row.status
                            ? `${t(`commitmentStatus.${row.statusBefore}`)} → ${t(`commitmentStatus.${row.status}`)}`
                            : t(`commitmentStatus.${row.status}`)
                          : null,
                        row.percent !== null ? `${row.percent}%` : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Text>
                    {row.reportedOn ? (
                      <Text size="xs" c="dimmed">
                        {formatDateId(row.reportedOn)}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={3}>
                      {row.note ?? ''}
                    </Text>
                    {row.reporter ? (
                      <Text size="xs" c="dimmed">
                        {t('progress.by', { name: row.reporter })}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={OUTCOME_COLORS[row.outcome]} variant="light">
                      {t(`forms.outcome.${row.outcome}`)}
                    </Badge>
                    {row.stale && row.changedOn ? (
                      <Tooltip label={t('forms.stale', { date: formatDateId(row.changedOn) })} multiline w={220}>
                        <IconAlertTriangle
                          size={16}
                          color="var(--mantine-color-orange-6)"
                          aria-label={t('forms.stale', { date: formatDateId(row.changedOn) })}
                          style={{ marginLeft: 6, verticalAlign: 'middle' }}
                        />
                      </Tooltip>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
