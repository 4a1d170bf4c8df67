import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommitmentStatus } from '../../../shared/domain/commitments';
import { COMMITMENT_STATUS_COLORS } from './status-colors';

/** The stored status, and "Terlambat" when the due date has passed while still open. */
export function StatusBadges({
  status,
  overdue,
  size = 'md',
}: {
  status: CommitmentStatus;
  overdue: boolean;
  size?: 'sm' | 'md';
}) {
  const { t } = useTranslation();
  return (
    <Group gap={4} wrap="wrap">
      <Badge variant="light" size={size} color={COMMITMENT_STATUS_COLORS[status]}>
        {t(`commitmentStatus.${status}`)}
      </Badge>
      {overdue ? (
        <Badge variant="filled" size={size} color="red">
          {t('ledger.overdue')}
        </Badge>
      ) : null}
    </Group>
  );
}
