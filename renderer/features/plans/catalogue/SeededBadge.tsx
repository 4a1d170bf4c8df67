import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../format/dates';
import { localDateOf } from '../../../format/local-time';

/**
 * Where an entry comes from: shipped with Sirakor ("Bawaan"), shipped and since edited by the
 * office ("Bawaan, diubah": the host keeps `isSeeded` and moves `updatedAt` past the seeding
 * time), or added by the office.
 */
export function SeededBadge({ entry }: { entry: { isSeeded: boolean; createdAt: string; updatedAt: string } }) {
  const { t } = useTranslation();
  if (!entry.isSeeded) {
    return (
      <Badge variant="outline" color="gray" size="sm" styles={NO_ELLIPSIS}>
        {t('catalogue.custom')}
      </Badge>
    );
  }
  const edited = entry.updatedAt !== entry.createdAt;
  return (
    <Tooltip
      label={
        edited
          ? t('catalogue.seededEditedHint', { date: formatDate(localDateOf(entry.updatedAt)) })
          : t('catalogue.seededHint')
      }
      multiline
      w={240}
    >
      <Badge
        variant="light"
        color={edited ? 'orange' : 'indigo'}
        size="sm"
        styles={NO_ELLIPSIS}
        data-testid="seeded-badge"
      >
        {edited ? t('catalogue.seededEdited') : t('catalogue.seeded')}
      </Badge>
    </Tooltip>
  );
}

/** Badges truncate by default; these short labels must be read whole. */
export const NO_ELLIPSIS = { label: { overflow: 'visible', textOverflow: 'clip' } } as const;
