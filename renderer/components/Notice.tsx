import { Alert, Button, Collapse, Group, Text } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A notice that leaves the data its room: its headline on one line, the explanation unfolded on
 * request (and kept open or closed on this computer, per notice).
 */
export function Notice({
  id,
  color,
  icon,
  title,
  children,
  testId,
}: {
  id: string;
  color: string;
  icon: ReactNode;
  title: string;
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useLocalStorage({ key: `sirakor.notice.${id}`, defaultValue: false });
  return (
    <Alert color={color} variant="light" icon={icon} py={6} px="sm" data-testid={testId}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="center">
        <Text size="sm" fw={500}>
          {title}
        </Text>
        <Button size="compact-xs" variant="subtle" color={color} onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? t('common.showLess') : t('common.showMore')}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <Text size="sm" mt={4}>
          {children}
        </Text>
      </Collapse>
    </Alert>
  );
}
