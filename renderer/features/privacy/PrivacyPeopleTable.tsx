import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { IconEraser } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { PrivacyPerson } from '../../../shared/domain/privacy';

/** People still holding personal data: phone masked, the other fields as badges, one erase action each. */
export function PrivacyPeopleTable({
  people,
  onErase,
}: {
  people: PrivacyPerson[];
  onErase: (person: PrivacyPerson) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover className="sirakor-table" aria-label={t('privacy.listTitle')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('privacy.column.name')}</Table.Th>
          <Table.Th>{t('privacy.column.position')}</Table.Th>
          <Table.Th>{t('privacy.column.phone')}</Table.Th>
          <Table.Th>{t('privacy.column.other')}</Table.Th>
          <Table.Th>{t('privacy.column.meetings')}</Table.Th>
          <Table.Th w={190}>{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {people.map((person) => (
          <Table.Tr key={person.id}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {person.name}
              </Text>
              {person.deleted ? (
                <Badge size="xs" color="orange" variant="light">
                  {t('privacy.deletedBadge')}
                </Badge>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Text size="sm">{person.position ?? t('common.none')}</Text>
              {person.institutionName ? (
                <Text size="xs" c="dimmed">
                  {person.institutionName}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {person.phone ?? t('common.none')}
              </Text>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {person.hasNip ? (
                  <Badge size="sm" variant="outline" color="gray">
                    {t('privacy.badge.nip')}
                  </Badge>
                ) : null}
                {person.hasRank ? (
                  <Badge size="sm" variant="outline" color="gray">
                    {t('privacy.badge.rank')}
                  </Badge>
                ) : null}
                {person.hasEmail ? (
                  <Badge size="sm" variant="outline" color="gray">
                    {t('privacy.badge.email')}
                  </Badge>
                ) : null}
                {!person.hasNip && !person.hasRank && !person.hasEmail ? (
                  <Text size="sm" c="dimmed">
                    {t('common.none')}
                  </Text>
                ) : null}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {t('privacy.meetingsCount', { count: person.meetings })}
              </Text>
            </Table.Td>
            <Table.Td>
              <Button
                size="xs"
                variant="light"
                color="red"
                leftSection={<IconEraser size={14} />}
                aria-label={t('privacy.eraseOf', { name: person.name })}
                onClick={() => onErase(person)}
              >
                {t('privacy.erase')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
