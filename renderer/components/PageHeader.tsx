import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The one level-one heading of a screen, kept small: the data below it is what the screen is for. */
export function PageTitle({ children }: { children: ReactNode }) {
  return (
    <Title order={1} fz={20} lh={1.3}>
      {children}
    </Title>
  );
}

/**
 * A compact page header. Without a line of facts, the title, its badges and the actions share one
 * line; with one (`meta`), the title has the whole width and the actions sit at the end of the
 * facts line. Both wrap on a narrow window rather than cut anything.
 */
export function PageHeader({
  title,
  badges,
  meta,
  actions,
}: {
  title: string;
  badges?: ReactNode;
  meta?: ReactNode;
  actions?: ReactNode;
}) {
  const actionGroup = actions ? (
    <Group gap="xs" wrap="wrap">
      {actions}
    </Group>
  ) : null;
  if (!meta) {
    return (
      <Group justify="space-between" align="center" gap="xs" wrap="wrap" mb={6}>
        <Group gap="xs" align="center" wrap="wrap" style={{ flex: '1 1 320px', minWidth: 0 }}>
          <PageTitle>{title}</PageTitle>
          {badges}
        </Group>
        {actionGroup}
      </Group>
    );
  }
  return (
    <Stack gap={2} mb={6}>
      <PageTitle>{title}</PageTitle>
      <Group justify="space-between" align="center" gap="xs" wrap="wrap">
        <Group gap="xs" align="center" wrap="wrap" style={{ flex: '1 1 320px', minWidth: 0 }}>
          {badges}
          <Text size="sm" c="dimmed">
            {meta}
          </Text>
        </Group>
        {actionGroup}
      </Group>
    </Stack>
  );
}
