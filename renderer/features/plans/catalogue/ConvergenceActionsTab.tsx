import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONVERGENCE_SCHEMES, type ConvergenceAction, type ConvergenceScheme } from '../../../../shared/domain/plans';
import { useApiQuery } from '../../../api/queries';
import { QueryStatus } from '../../../components/LoadError';
import { ConfirmCatalogueDelete } from './ConfirmCatalogueDelete';
import { notifySuccess } from '../../../hooks/notify';
import { ConvergenceActionForm } from './ConvergenceActionForm';
import { RowActions } from '../../../components/RowActions';
import { NO_ELLIPSIS, SeededBadge } from './SeededBadge';
import { GuardedModal } from '../../../components/FormGuard';

type Editing = { mode: 'new'; scheme: ConvergenceScheme } | { mode: 'edit'; action: ConvergenceAction } | null;

function GroupingLabel({ grouping }: { grouping: string | null }) {
  const { t } = useTranslation();
  if (!grouping) return <Text size="sm">{t('common.none')}</Text>;
  const known = grouping === 'utama' || grouping === 'pendukung';
  return (
    <Badge variant="light" size="sm" color={grouping === 'utama' ? 'indigo' : 'gray'} styles={NO_ELLIPSIS}>
      {known ? t(`catalogue.actions.groupings.${grouping}`) : grouping}
    </Badge>
  );
}

/** The 8 aksi konvergensi and the 2025 scheme (4 main + 2 supporting), one table each. */
export function ConvergenceActionsTab() {
  const { t } = useTranslation();
  const query = useApiQuery('convergenceActions.list', {});
  const items = query.data ?? null;
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<ConvergenceAction | null>(null);

  const nextNumber = (scheme: ConvergenceScheme): number =>
    Math.min(99, Math.max(0, ...(items ?? []).filter((a) => a.scheme === scheme).map((a) => a.number)) + 1);

  return (
    <>
      <QueryStatus query={query} />
      {items ? (
        <Stack gap="lg">
          {CONVERGENCE_SCHEMES.map((scheme) => {
            const actions = items.filter((a) => a.scheme === scheme);
            const label = t(`catalogue.actions.schemes.${scheme}`);
            return (
              <section key={scheme} aria-label={label}>
                <Group justify="space-between" mb="xs" wrap="wrap">
                  <Title order={4}>{label}</Title>
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => setEditing({ mode: 'new', scheme })}
                  >
                    {t('catalogue.actions.new')}
                  </Button>
                </Group>
                {actions.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('catalogue.actions.empty')}
                  </Text>
                ) : (
                  <Table striped highlightOnHover className="sirakor-table" aria-label={label} layout="fixed">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w={70}>{t('catalogue.actions.number')}</Table.Th>
                        <Table.Th>{t('catalogue.actions.name')}</Table.Th>
                        {scheme === 'skema2025' ? <Table.Th w={130}>{t('catalogue.actions.grouping')}</Table.Th> : null}
                        <Table.Th w={170}>{t('catalogue.origin')}</Table.Th>
                        <Table.Th w={96}>{t('common.actions')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {actions.map((action) => (
                        <Table.Tr key={action.id} data-testid="action-row">
                          <Table.Td>{action.number}</Table.Td>
                          <Table.Td>
                            <Text size="sm" fw={500}>
                              {action.name}
                            </Text>
                          </Table.Td>
                          {scheme === 'skema2025' ? (
                            <Table.Td>
                              <GroupingLabel grouping={action.grouping} />
                            </Table.Td>
                          ) : null}
                          <Table.Td>
                            <SeededBadge entry={action} />
                          </Table.Td>
                          <Table.Td>
                            <RowActions
                              name={action.name}
                              onEdit={() => setEditing({ mode: 'edit', action })}
                              onDelete={() => setDeleting(action)}
                            />
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </section>
            );
          })}
        </Stack>
      ) : null}
      <GuardedModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing?.mode === 'edit' ? t('catalogue.actions.edit') : t('catalogue.actions.new')}
        size="lg"
      >
        {editing ? (
          <ConvergenceActionForm
            action={editing.mode === 'edit' ? editing.action : null}
            scheme={editing.mode === 'edit' ? editing.action.scheme : editing.scheme}
            nextNumber={nextNumber(editing.mode === 'edit' ? editing.action.scheme : editing.scheme)}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              notifySuccess(t('catalogue.saved', { name: saved.name }));
            }}
          />
        ) : null}
      </GuardedModal>
      <ConfirmCatalogueDelete item={deleting} method="convergenceActions.delete" onClose={() => setDeleting(null)} />
    </>
  );
}
