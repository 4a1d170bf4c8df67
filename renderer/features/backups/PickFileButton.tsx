import { Button, FileButton, type ButtonProps } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** "Pulihkan dari berkas…": picks a backup file (e.g. from a USB stick); an empty file is refused here. */
export function PickFileButton({
  onPick,
  label,
  ...props
}: ButtonProps & { onPick: (file: File) => void; label?: string }) {
  const { t } = useTranslation();
  return (
    <FileButton
      accept=".sqlite,.sqlite3,.db,application/vnd.sqlite3,application/x-sqlite3"
      onChange={(file) => {
        if (!file) return;
        if (file.size === 0) notifications.show({ color: 'red', message: t('backups.emptyFile') });
        else onPick(file);
      }}
    >
      {(fileProps) => (
        <Button leftSection={<IconFileUpload size={16} />} {...props} {...fileProps}>
          {label ?? t('safety.backups.restoreFromFile')}
        </Button>
      )}
    </FileButton>
  );
}
