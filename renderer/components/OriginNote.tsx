import { Alert, Badge } from '@mantine/core';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecordOrigin } from '../../shared/domain/origin';

/** "dari Kantor Camat Rumbia": the origin of a record of another office (issue 11); nothing for the office's own. */
export function OriginBadge({ origin }: { origin: RecordOrigin | null }) {
  const { t } = useTranslation();
  if (!origin) return null;
  return (
    <Badge variant="light" color="grape" data-testid="record-origin">
      {t('ownership.from', { office: origin.officeName })}
    </Badge>
  );
}

/** The banner of a page showing a record of another office: where it came from, and that it is read only here. */
export function OriginBanner({ origin }: { origin: RecordOrigin | null }) {
  const { t } = useTranslation();
  if (!origin) return null;
  return (
    <Alert color="grape" variant="light" icon={<IconBuildingCommunity />} data-testid="origin-banner">
      {t('ownership.foreignRecord', { office: origin.officeName })}
    </Alert>
  );
}
