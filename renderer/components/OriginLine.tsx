import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordOrigin } from '../../shared/domain/origin';

/** "dari Kantor Camat Rumbia" under a list row's name, for a record of another office (issue 11). */
export function OriginLine({ origin }: { origin: RecordOrigin | null }) {
  const { t } = useTranslation();
  if (!origin) return null;
  return (
    <Text size="xs" c="grape.8" data-testid="origin-line">
      {t('ownership.from', { office: origin.officeName })}
    </Text>
  );
}
