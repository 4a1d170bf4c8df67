import { Badge, Button, CloseButton, Group, Text, UnstyledButton } from '@mantine/core';
import { useLocalStorage } from '@mantine/hooks';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDemoStatus } from './status';
import { DemoRemoveModal } from './DemoRemoveModal';

const HIDDEN_KEY = 'sirakor.demoBanner.hidden';

/**
 * Sample data is always marked: a one-line strip above every screen, with a way to remove exactly
 * it; folded away, a "Data contoh" badge stays in the header (DemoBadge) and brings it back.
 */
export function DemoBanner() {
  const { t } = useTranslation();
  const loaded = useDemoStatus().data?.loaded ?? false;
  const [hidden, setHidden] = useLocalStorage({ key: HIDDEN_KEY, defaultValue: false });
  const [removing, setRemoving] = useState(false);
  if (!loaded || hidden) return null;
  return (
    <>
      <Group
        gap="xs"
        wrap="nowrap"
        px="sm"
        py={4}
        mb="xs"
        bg="grape.0"
        bd="1px solid var(--mantine-color-grape-2)"
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        data-testid="demo-banner"
        role="note"
      >
        <IconFlask size={18} color="var(--mantine-color-grape-text)" aria-hidden />
        <Text size="xs" style={{ flex: 1, minWidth: 0 }}>
          {t('demo.banner')}
        </Text>
        <Button size="compact-sm" variant="light" color="grape" onClick={() => setRemoving(true)}>
          {t('demo.remove')}
        </Button>
        <CloseButton size="sm" aria-label={t('demo.hideBanner')} onClick={() => setHidden(true)} />
      </Group>
      <DemoRemoveModal opened={removing} onClose={() => setRemoving(false)} />
    </>
  );
}

/** In the header while sample data is loaded and its strip is folded away: a click shows the strip again. */
export function DemoBadge() {
  const { t } = useTranslation();
  const loaded = useDemoStatus().data?.loaded ?? false;
  const [hidden, setHidden] = useLocalStorage({ key: HIDDEN_KEY, defaultValue: false });
  if (!loaded || !hidden) return null;
  return (
    <UnstyledButton onClick={() => setHidden(false)} aria-label={t('demo.showBanner')} data-testid="demo-badge">
      <Badge color="grape" variant="light" leftSection={<IconFlask size={12} />} style={{ cursor: 'pointer' }}>
        {t('demo.badge')}
      </Badge>
    </UnstyledButton>
  );
}
