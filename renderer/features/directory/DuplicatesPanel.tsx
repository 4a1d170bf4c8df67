import { Stack, Text } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from '../../../shared/domain/directory-links';
import { useApiQuery } from '../../api/queries';
import { ListState } from '../../components/ListState';
import { DuplicateCard } from './DuplicateCard';
import { MergeModal } from './MergeModal';

/** "Kemungkinan duplikat": pairs found on NIP, or on area and name, to link, merge or dismiss. */
export function DuplicatesPanel() {
  const { t } = useTranslation();
  const query = useApiQuery('directory.duplicates', {}, { keepPrevious: true });
  const [merging, setMerging] = useState<DuplicateCandidate | null>(null);
  const found = query.data;
  const candidates = found ? [...found.people, ...found.institutions] : [];
  return (
    <>
      <Text size="sm" c="dimmed" mb="sm" maw={820}>
        {t('sharedDirectory.intro')}
      </Text>
      <ListState
        query={query}
        total={found?.total}
        filtered={false}
        emptyText={t('sharedDirectory.empty')}
        icon={<IconCopy size={32} />}
      />
      {candidates.length ? (
        <Stack gap="sm">
          {candidates.map((candidate) => (
            <DuplicateCard
              key={`${candidate.first.id}|${candidate.second.id}`}
              candidate={candidate}
              onMerge={() => setMerging(candidate)}
            />
          ))}
        </Stack>
      ) : null}
      <MergeModal candidate={merging} onClose={() => setMerging(null)} />
    </>
  );
}
