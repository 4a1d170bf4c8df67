import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { DIRECTORY_TABS, directoryPath, type DirectoryTab } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { DirectoryFileButtons } from './DirectoryFileButtons';
import { InstitutionsPanel } from './InstitutionsPanel';
import { PeoplePanel } from './PeoplePanel';
import { DuplicatesPanel } from './DuplicatesPanel';
import { useApiQuery } from '../../api/queries';

/** Institutions and people; the tab is part of the address, so a link can open the people list. */
export default function DirectoryPage() {
  const { t } = useTranslation();
  const { tab: tabParam } = useParams<{ tab?: string }>();
  const [, navigate] = useLocation();
  const tab: DirectoryTab = DIRECTORY_TABS.find((value) => value === tabParam) ?? 'instansi';
  // The count of likely duplicates names the tab, so the office sees them without opening it.
  const duplicates = useApiQuery('directory.duplicates', {}).data?.total ?? 0;
  return (
    <>
      <PageHeader title={t('directory.title')} actions={<DirectoryFileButtons />} />
      <Tabs
        value={tab}
        onChange={(value) => navigate(directoryPath((value as DirectoryTab | null) ?? 'instansi'), { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="sm">
          <Tabs.Tab value="instansi">{t('directory.institutions')}</Tabs.Tab>
          <Tabs.Tab value="orang">{t('directory.people')}</Tabs.Tab>
          <Tabs.Tab value="duplikat">
            {duplicates ? t('sharedDirectory.tabCount', { count: duplicates }) : t('sharedDirectory.tab')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="instansi">
          <InstitutionsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="orang">
          <PeoplePanel />
        </Tabs.Panel>
        <Tabs.Panel value="duplikat">
          <DuplicatesPanel />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
