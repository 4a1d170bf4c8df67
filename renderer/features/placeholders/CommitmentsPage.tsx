import { EmptyState } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';

/** Honest empty state until the commitment ledger exists: no sample rows pretending to be data. */
export default function CommitmentsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('commitments.title')} />
      <EmptyState
        icon={<IconChecklist size={32} />}
        title={t('commitments.title')}
        description={t('commitments.empty')}
      />
    </>
  );
}
