import { Button } from '@mantine/core';
import { IconBrandWhatsapp, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RemindersModal } from '../messages/RemindersModal';
import { ProgressFormsModal } from '../progress-forms/ProgressFormsModal';

/**
 * The ledger's way to the institutions: WhatsApp reminders of their open commitments and the
 * progress forms they fill and return. With the ledger filtered to one institution, that one.
 */
export function OutreachButtons({ institutionId }: { institutionId?: string | undefined }) {
  const { t } = useTranslation();
  const [reminders, setReminders] = useState(false);
  const [forms, setForms] = useState(false);
  return (
    <>
      <Button
        variant="light"
        color="green"
        leftSection={<IconBrandWhatsapp size={16} />}
        onClick={() => setReminders(true)}
      >
        {t('messages.remindersButton')}
      </Button>
      <Button variant="light" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => setForms(true)}>
        {t('forms.button')}
      </Button>
      {/* Mounted while open: each opening starts afresh (reminders read again, no form left chosen). */}
      {reminders ? <RemindersModal opened onClose={() => setReminders(false)} institutionId={institutionId} /> : null}
      {forms ? <ProgressFormsModal opened onClose={() => setForms(false)} institutionId={institutionId} /> : null}
    </>
  );
}
