import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../stores/settings';
import { OfficeForm } from './OfficeForm';

/** First run: the office picks its kabupaten/kecamatan from the region list. */
export function SetupScreen() {
  const { t } = useTranslation();
  const load = useSettings((s) => s.load);
  return (
    <Center mih="100%" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" maw={560} w="100%">
        <Stack gap="md">
          <div>
            <Title order={2}>{t('setup.title')}</Title>
            <Text c="dimmed" size="sm" mt={4}>
              {t('setup.intro')}
            </Text>
          </div>
          <OfficeForm
            initial={null}
            submitLabel={t('setup.submit')}
            onSaved={() => {
              notifications.show({ color: 'green', message: t('setup.done') });
              void load();
            }}
          />
        </Stack>
      </Paper>
    </Center>
  );
}
