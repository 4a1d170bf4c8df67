import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ROUTES } from '../../app/routes';

/** On Pengaturan: the way to the "Data pribadi" screen. */
export function PrivacyCard() {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={4} mb="xs">
        {t('privacy.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('privacy.settingsCard')}
      </Text>
      <Group>
        <Button component={Link} href={ROUTES.privacy} variant="light" leftSection={<IconShieldLock size={16} />}>
          {t('privacy.open')}
        </Button>
      </Group>
    </Card>
  );
}
