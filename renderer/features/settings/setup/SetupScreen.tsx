import { Button, Center, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFlask } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyFailure } from '../../../hooks/notify';
import { OfficeForm } from './OfficeForm';

/** First run: the office picks its kabupaten/kecamatan from the region list, or tries the sample data. */
export function SetupScreen() {
  const { t } = useTranslation();
  const [loadingDemo, setLoadingDemo] = useState(false);

  async function tryDemo(): Promise<void> {
    setLoadingDemo(true);
    const result = notifyFailure(await call('demo.load', {}));
    setLoadingDemo(false);
    if (!result.ok) return;
    // The settings it set announce themselves as changed: the app opens on its own.
    notifications.show({ color: 'grape', message: t('demo.loaded') });
  }

  return (
    <Center mih="100%" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        <Stack gap="md">
          <div>
            <Title order={1} fz={24}>
              {t('setup.title')}
            </Title>
            <Text c="dimmed" size="sm" mt={4}>
              {t('setup.intro')}
            </Text>
          </div>
          <OfficeForm
            initial={null}
            submitLabel={t('setup.submit')}
            onSaved={() => {
              notifications.show({ color: 'green', message: t('setup.done') });
            }}
          />
          <Divider label={t('demo.or')} />
          <Text size="sm" c="dimmed">
            {t('demo.intro')}
          </Text>
          <Button
            variant="light"
            color="grape"
            leftSection={<IconFlask size={16} />}
            loading={loadingDemo}
            onClick={() => void tryDemo()}
          >
            {t('demo.try')}
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
