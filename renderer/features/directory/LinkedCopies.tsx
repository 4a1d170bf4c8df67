import { Anchor, Text } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DirectoryCopy, DirectoryKind } from '../../../shared/domain/directory-links';
import { call } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../hooks/notify';

/**
 * Under a directory entry that stands for linked records: each other copy, where it comes from,
 * and "Lepaskan tautan" (the link is this office's own decision; nothing else changes).
 */
export function LinkedCopies({ kind, copies }: { kind: DirectoryKind; copies: DirectoryCopy[] | undefined }) {
  const { t } = useTranslation();
  if (!copies || copies.length === 0) return null;
  async function unlink(copy: DirectoryCopy): Promise<void> {
    const result = notifyFailure(await call('directory.unlink', { kind, id: copy.id }));
    if (result.ok) notifySuccess(t('sharedDirectory.unlinked', { name: copy.name }));
  }
  return (
    <div data-testid="linked-copies">
      {copies.map((copy) => (
        <Text key={copy.id} size="xs" c="dimmed">
          <IconLink size={12} aria-hidden style={{ verticalAlign: 'middle', marginRight: 4 }} />
          {t('sharedDirectory.copies')}: {copy.name}
          {copy.origin ? ` (${t('ownership.from', { office: copy.origin.officeName })})` : ''}{' '}
          <Anchor
            component="button"
            type="button"
            size="xs"
            style={{ whiteSpace: 'nowrap' }}
            onClick={() => void unlink(copy)}
          >
            {t('sharedDirectory.unlink')}
          </Anchor>
        </Text>
      ))}
    </div>
  );
}
