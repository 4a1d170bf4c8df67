import { Anchor, Card, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RateRow } from '../../../shared/domain/follow-up';

/**
 * The offices side by side (issue 11: a kabupaten holding its kecamatan's data): for the period,
 * each office's commitments, done, completion rate and overdue; the overdue count opens the
 * ledger of that office's overdue commitments.
 */
export function OfficeComparison({
  rows,
  hint,
  onOverdue,
}: {
  rows: RateRow[];
  hint: string;
  onOverdue: (officeId: string) => void;
}) {
  const { t } = useTranslation();
  const number = (n: number) => n.toLocaleString('id-ID');
  return (
    <Card withBorder data-testid="office-comparison">
      <Text fw={600}>{t('offices.compareTitle')}</Text>
      <Text size="xs" c="dimmed" mb="xs">
        {hint}
      </Text>
      <Table className="sirakor-table" highlightOnHover aria-label={t('offices.compareTitle')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('offices.office')}</Table.Th>
            <Table.Th ta="right">{t('offices.total')}</Table.Th>
            <Table.Th ta="right">{t('offices.done')}</Table.Th>
            <Table.Th ta="right">{t('offices.completion')}</Table.Th>
            <Table.Th ta="right">{t('offices.overdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.key} data-testid="office-row">
              <Table.Td>{row.label}</Table.Td>
              <Table.Td ta="right">{number(row.total)}</Table.Td>
              <Table.Td ta="right">{number(row.done)}</Table.Td>
              <Table.Td ta="right">
                {row.completionRate === null ? t('common.none') : `${Math.round(row.completionRate * 100)}%`}
              </Table.Td>
              <Table.Td ta="right">
                {row.overdue > 0 ? (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    c="red.8"
                    fw={600}
                    // The name starts with the number shown (WCAG 2.5.3) and says whose commitments open.
                    aria-label={t('offices.openOffice', { count: number(row.overdue), office: row.label })}
                    onClick={() => onOverdue(row.key)}
                  >
                    {number(row.overdue)}
                  </Anchor>
                ) : (
                  number(0)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
