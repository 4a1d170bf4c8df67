import { Badge, Button, Card, Group, Table, Text } from '@mantine/core';
import { IconArrowMerge, IconLink, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPARED_FIELDS, type DuplicateCandidate, type DuplicateSide } from '../../../shared/domain/directory-links';
import { formatNip } from '../../../shared/format/nip';
import { call } from '../../api/client';
import { notifyFailure, notifySuccess } from '../../hooks/notify';

function SideHeading({ side }: { side: DuplicateSide }) {
  const { t } = useTranslation();
  return (
    <>
      <Text size="sm" fw={600}>
        {side.name}
      </Text>
      <Text size="xs" c={side.origin ? 'grape.8' : 'dimmed'}>
        {side.origin ? t('ownership.from', { office: side.origin.officeName }) : t('sharedDirectory.ownRecord')}
      </Text>
    </>
  );
}

/** One likely duplicate: both copies side by side, the differing details marked, and what can be done. */
export function DuplicateCard({ candidate, onMerge }: { candidate: DuplicateCandidate; onMerge: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'link' | 'not' | null>(null);
  const { kind, first, second } = candidate;
  const pair = { kind, firstId: first.id, secondId: second.id };

  async function link(): Promise<void> {
    setBusy('link');
    const result = notifyFailure(await call('directory.link', pair));
    setBusy(null);
    if (result.ok) notifySuccess(t('sharedDirectory.linked'));
  }
  async function notDuplicate(): Promise<void> {
    setBusy('not');
    const result = notifyFailure(await call('directory.notDuplicate', pair));
    setBusy(null);
    if (result.ok) notifySuccess(t('sharedDirectory.markedNotDuplicate'));
  }

  const differing = new Set(candidate.differences);
  return (
    <Card withBorder padding="sm" data-testid="duplicate-candidate">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Group gap="xs">
          <Badge variant="light" color="gray">
            {t(kind === 'people' ? 'sharedDirectory.kindPeople' : 'sharedDirectory.kindInstitutions')}
          </Badge>
          <Badge variant="light">
            {t(candidate.matchedOn === 'nip' ? 'sharedDirectory.matchedOnNip' : 'sharedDirectory.matchedOnName')}
          </Badge>
          <Text size="xs" c={differing.size ? 'red.9' : 'dimmed'} fw={differing.size ? 600 : 400}>
            {differing.size
              ? t('sharedDirectory.differences', { count: differing.size })
              : t('sharedDirectory.sameDetails')}
          </Text>
        </Group>
      </Group>
      <Table withRowBorders={false} verticalSpacing={4} layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%">{t('sharedDirectory.field')}</Table.Th>
            <Table.Th>
              <SideHeading side={first} />
            </Table.Th>
            <Table.Th>
              <SideHeading side={second} />
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {COMPARED_FIELDS[kind].map((field) => {
            const differs = differing.has(field);
            const cell = (side: DuplicateSide) => (
              <Table.Td bg={differs ? 'orange.0' : undefined}>
                <Text size="sm" fw={differs ? 600 : 400}>
                  {field === 'nip' ? formatNip(side.shown[field] ?? null) : (side.shown[field] ?? t('common.none'))}
                </Text>
              </Table.Td>
            );
            return (
              <Table.Tr key={field} data-differs={differs || undefined}>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {t(`sharedDirectory.fields.${field}`)}
                  </Text>
                </Table.Td>
                {cell(first)}
                {cell(second)}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end" gap="xs" mt="xs" wrap="wrap">
        <Button
          variant="default"
          size="xs"
          leftSection={<IconX size={14} />}
          loading={busy === 'not'}
          onClick={() => void notDuplicate()}
        >
          {t('sharedDirectory.notDuplicate')}
        </Button>
        {candidate.mergeable ? (
          <Button variant="light" size="xs" leftSection={<IconArrowMerge size={14} />} onClick={onMerge}>
            {t('sharedDirectory.merge')}
          </Button>
        ) : null}
        <Button size="xs" leftSection={<IconLink size={14} />} loading={busy === 'link'} onClick={() => void link()}>
          {t('sharedDirectory.link')}
        </Button>
      </Group>
    </Card>
  );
}
