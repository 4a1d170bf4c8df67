import { Card, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../shared/domain/settings';
import { PageHeader } from '../../components/PageHeader';
import { changeLanguage, useSettings } from '../../stores/settings';
import { BackupsCard } from '../backups/BackupsCard';
import { DemoCard } from '../demo/DemoCard';
import { LetterNumberingCard } from '../letters/LetterNumberingCard';
import { MessageTemplatesCard } from '../messages/MessageTemplatesCard';
import { PrivacyCard } from '../privacy/PrivacyCard';
import { OfficeForm } from './setup/OfficeForm';
import { AboutCard } from './AboutCard';
import { DocumentSettingsCard } from './DocumentSettingsCard';
import { OfficeIdentityCard } from './OfficeIdentityCard';

export default function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  if (!settings) return null;
  return (
    <>
      <PageHeader title={t('settings.title')} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" maw={1200}>
        <Stack gap="lg">
          <Card withBorder>
            <Title order={4} mb="sm">
              {t('settings.office')}
            </Title>
            <OfficeForm
              initial={settings.office}
              submitLabel={t('common.save')}
              onSaved={() => notifications.show({ color: 'green', message: t('settings.officeSaved') })}
            />
          </Card>
          <DocumentSettingsCard />
          <LetterNumberingCard />
          <MessageTemplatesCard />
        </Stack>
        <Stack gap="lg">
          <OfficeIdentityCard />
          <Card withBorder>
            <Title order={4} mb="sm">
              {t('settings.language')}
            </Title>
            <Select
              aria-label={t('settings.language')}
              description={t('settings.languageHint')}
              allowDeselect={false}
              data={LANGUAGES.map((value) => ({ value, label: t(`language.${value}`) }))}
              value={settings.language}
              onChange={(value) => value && void changeLanguage(value as Language)}
            />
          </Card>
          <BackupsCard />
          <PrivacyCard />
          <DemoCard />
          <AboutCard />
        </Stack>
      </SimpleGrid>
    </>
  );
}
