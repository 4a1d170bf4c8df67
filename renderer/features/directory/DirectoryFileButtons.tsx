import { Button, Checkbox, Popover, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCancelled, runFileJob } from '../jobs/run-job';
import { notifyFailure } from '../../hooks/notify';
import { saveDownload } from '../commitments/files';
import { DirectoryImportModal } from './DirectoryImportModal';

/** Directori: import from Excel/CSV, and export to Excel (personal contacts only when ticked). */
export function DirectoryFileButtons() {
  const { t } = useTranslation();
  const [importing, setImporting] = useState(false);
  const [contacts, setContacts] = useState(false);
  const [busy, setBusy] = useState(false);

  async function exportXlsx(): Promise<void> {
    setBusy(true);
    // A job (issue 17): its notice follows it and offers the file on whichever page the user is.
    const result = await runFileJob({ kind: 'directoryXlsx', input: { includeContacts: contacts } });
    setBusy(false);
    if (result.ok) saveDownload(result.value);
    else if (!isCancelled(result)) notifyFailure(result);
  }

  return (
    <>
      <Button variant="light" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
        {t('directoryImport.importButton')}
      </Button>
      <Popover position="bottom-end" withArrow shadow="md" trapFocus returnFocus>
        <Popover.Target>
          <Button variant="light" leftSection={<IconDownload size={16} />}>
            {t('directoryImport.exportButton')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown maw={320}>
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('directoryImport.exportTitle')}
            </Text>
            <Checkbox
              label={t('directoryImport.includeContacts')}
              checked={contacts}
              onChange={(event) => setContacts(event.currentTarget.checked)}
            />
            <Text size="xs" c="dimmed">
              {t('directoryImport.exportHint')}
            </Text>
            <Button size="xs" loading={busy} onClick={() => void exportXlsx()}>
              {t('directoryImport.download')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <DirectoryImportModal opened={importing} onClose={() => setImporting(false)} />
    </>
  );
}
