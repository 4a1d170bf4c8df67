import { Anchor, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'wouter';
import { CATALOGUE_TABS, cataloguePath, ROUTES, type CatalogueTab } from '../../../app/routes';
import { PageHeader } from '../../../components/PageHeader';
import { ConvergenceActionsTab } from './ConvergenceActionsTab';
import { FundingSourcesTab } from './FundingSourcesTab';
import { InterventionsTab } from './InterventionsTab';

/**
 * The catalogue plan rows draw on (issue 5): interventions spesifik/sensitif, the convergence
 * actions, the funding sources. Seeded entries are marked and editable; one a row uses cannot be
 * deleted (the host says how many rows use it).
 */
export default function CataloguePage() {
  const { t } = useTranslation();
  const { tab: tabParam } = useParams<{ tab?: string }>();
  const [, navigate] = useLocation();
  const tab: CatalogueTab = CATALOGUE_TABS.find((value) => value === tabParam) ?? 'intervensi';

  return (
    <>
      <Anchor component={Link} href={ROUTES.plans} size="sm">
        {t('plans.back')}
      </Anchor>
      <PageHeader title={t('catalogue.title')} meta={t('catalogue.intro')} />
      <Tabs
        value={tab}
        onChange={(value) => navigate(cataloguePath((value as CatalogueTab | null) ?? 'intervensi'), { replace: true })}
        keepMounted={false}
      >
        <Tabs.List mb="sm">
          {CATALOGUE_TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`catalogue.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="intervensi">
          <InterventionsTab />
        </Tabs.Panel>
        <Tabs.Panel value="aksi-konvergensi">
          <ConvergenceActionsTab />
        </Tabs.Panel>
        <Tabs.Panel value="sumber-dana">
          <FundingSourcesTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
