import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { DirectoryFileButtons } from './DirectoryFileButtons';
import { InstitutionsPanel } from './InstitutionsPanel';
import { PeoplePanel } from './PeoplePanel';

export default function DirectoryPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('directory.title')} actions={<DirectoryFileButtons />} />
      <Tabs defaultValue="institutions" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="institutions">{t('directory.institutions')}</Tabs.Tab>
          <Tabs.Tab value="people">{t('directory.people')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="institutions">
          <InstitutionsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="people">
          <PeoplePanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
