import { EmptyState } from '@mantine/core';
import { IconReportAnalytics } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** Honest empty state until the action-plan grid exists. */
export default function PlansPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('plans.title')} />
      <EmptyState icon={<IconReportAnalytics size={32} />} title={t('plans.title')} description={t('plans.empty')} />
    </>
  );
}
