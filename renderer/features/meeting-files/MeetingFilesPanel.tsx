import { Alert, Button, FileButton, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPhoto } from '../../../shared/domain/meeting-files';
import type { MeetingWorkspace } from '../../../shared/domain/meetings';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { QueryStatus } from '../../components/LoadError';
import { notifyFailure, notifySuccess } from '../../hooks/notify';
import { readAsBase64 } from '../commitments/files';
import { Section } from '../meetings/workspace/Section';
import { MeetingFileCard } from './MeetingFileCard';

const ACCEPT =
  'image/jpeg,image/png,application/pdf,.pdf,.pptx,.docx,.xlsx,.jpg,.jpeg,.png,' +
  'application/vnd.openxmlformats-officedocument.presentationml.presentation,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Foto dan bahan rapat: photos of the meeting and its presentation materials, attached to the
 * meeting or to an agenda item; photos chosen here print in the notulen's Lampiran dokumentasi.
 */
export function MeetingFilesPanel({ workspace, locked }: { workspace: MeetingWorkspace; locked: boolean }) {
  const { t } = useTranslation();
  const meetingId = workspace.meeting.id;
  const query = useApiQuery('meetingFiles.list', { meetingId });
  const files = query.data;
  const [uploading, setUploading] = useState<string | null>(null);

  async function upload(chosen: File[]): Promise<void> {
    for (const file of chosen) {
      setUploading(file.name);
      const result = notifyFailure(
        await call('meetingFiles.upload', { meetingId, name: file.name, dataBase64: await readAsBase64(file) }),
      );
      if (result.ok) notifySuccess(t('meetingFiles.uploaded', { name: file.name }));
    }
    setUploading(null);
  }

  const photos = files?.filter((f) => isPhoto(f.type)) ?? [];
  const materials = files?.filter((f) => !isPhoto(f.type)) ?? [];
  const annex = photos.filter((f) => f.inAnnex).length;
  return (
    <Section
      title={t('meetingFiles.title')}
      testId="meeting-files"
      actions={
        locked ? null : (
          <FileButton multiple accept={ACCEPT} onChange={(chosen) => void upload(chosen)}>
            {(props) => (
              <Button {...props} variant="light" leftSection={<IconUpload size={16} />} loading={uploading !== null}>
                {t('meetingFiles.add')}
              </Button>
            )}
          </FileButton>
        )
      }
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('meetingFiles.intro')}
        </Text>
        {locked ? (
          <Alert color="gray" variant="light">
            {t('meetingFiles.locked')}
          </Alert>
        ) : null}
        <QueryStatus query={query} />
        {files && files.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('meetingFiles.empty')}
          </Text>
        ) : null}
        {photos.length > 0 ? (
          <>
            <Title order={4} size="h5">
              {t('meetingFiles.photos')}
            </Title>
            {annex > 0 ? (
              <Text size="xs" c="dimmed" data-testid="annex-count">
                {t('meetingFiles.annexCount', { count: annex })}
              </Text>
            ) : null}
            <SimpleGrid cols={{ base: 2, md: 3, xl: 4 }} spacing="sm">
              {photos.map((file) => (
                <MeetingFileCard key={file.id} file={file} agenda={workspace.agenda} locked={locked} />
              ))}
            </SimpleGrid>
          </>
        ) : null}
        {materials.length > 0 ? (
          <>
            <Title order={4} size="h5">
              {t('meetingFiles.materials')}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm">
              {materials.map((file) => (
                <MeetingFileCard key={file.id} file={file} agenda={workspace.agenda} locked={locked} />
              ))}
            </SimpleGrid>
          </>
        ) : null}
      </Stack>
    </Section>
  );
}
