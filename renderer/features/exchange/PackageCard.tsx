import { Card, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageInspection } from '../../../shared/domain/exchange';
import { formatLocalTimestamp } from '../../format/local-time';
import { formatBytes } from '../backups/format';
import { countsText } from './counts';

/** A checked package: who sent it, from which area, when, what it carries; the next step below. */
export function PackageCard({ inspection, children }: { inspection: PackageInspection; children: ReactNode }) {
  const { t } = useTranslation();
  const { sender } = inspection;
  return (
    <Card withBorder data-testid="exchange-package">
      <Stack gap="sm">
        <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={4}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={140}>{t('exchangeData.receive.from')}</Table.Th>
              <Table.Td data-testid="exchange-sender">
                <Text fw={600}>{sender.name}</Text>
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('exchangeData.receive.area')}</Table.Th>
              <Table.Td>
                {t(`exchangeData.receive.level.${sender.level}`)} {sender.areaName ?? sender.areaCode}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('exchangeData.receive.created')}</Table.Th>
              <Table.Td>
                {formatLocalTimestamp(inspection.createdAt)} · {inspection.fileName} (
                {formatBytes(inspection.sizeBytes)}) ·{' '}
                {inspection.encrypted ? t('exchangeData.receive.encrypted') : t('exchangeData.receive.unencrypted')}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('exchangeData.receive.contents')}</Table.Th>
              <Table.Td>{countsText(inspection.counts)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        {children}
      </Stack>
    </Card>
  );
}
