import { Alert, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/api/contract';
import { MEETING_DOCUMENTS, type MeetingDocument } from '../../../shared/domain/document-settings';
import { defaultLetterDate } from '../../../shared/documents/letter-date';
import type { Meeting } from '../../../shared/domain/meetings';
import { call } from '../../api/client';
import { DateField } from '../../components/DateField';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolvePerson, searchPeople } from '../../components/pickers';
import { localToday } from '../../format/local-time';
import { InvitationNumberField } from '../letters/InvitationNumberField';
import { AgreementFields, useAgreementDocument } from './AgreementFields';
import {
  ExportActions,
  FormatPaperControls,
  PreviewPane,
  useDocumentExport,
  useOfficeDocumentDefaults,
  type Formats,
} from './export-parts';
import { QueryStatus } from '../../components/LoadError';

/** The meeting documents, and the berita acara kesepakatan (its own API method: it has a wording). */
type Choice = MeetingDocument | 'berita_acara';

/** Cetak / Ekspor for a meeting: choose the document, format and paper, preview the PDF, save. */
export function DocumentExportModal({
  meeting,
  opened,
  onClose,
}: {
  meeting: Meeting;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [document, setDocument] = useState<Choice>('notulen');
  const [formats, setFormats] = useState<Formats>('pdf');
  const { setup, paper, setPaper, signer, setSigner } = useOfficeDocumentDefaults(opened);
  const [letterDate, setLetterDate] = useState<string | null>(defaultLetterDate(meeting.date, localToday()));
  const [showPhone, setShowPhone] = useState(false);
  const [blankRows, setBlankRows] = useState<number | string>(10);

  const agreement = useAgreementDocument(meeting.id, opened && document === 'berita_acara');

  function request(format: 'pdf' | 'docx', document: MeetingDocument): InputOf<'documents.meeting'> {
    return {
      meetingId: meeting.id,
      document,
      format,
      ...(paper ? { paper } : {}),
      ...(document === 'undangan' && signer ? { signerPersonId: signer } : {}),
      ...(document === 'undangan' && letterDate ? { letterDate } : {}),
      showPhone,
      blankRows: blankRows === '' ? 0 : Number(blankRows),
    };
  }

  const { progress, cancel, error, preview, clearPreview, showPreview, download } = useDocumentExport((format) =>
    document === 'berita_acara'
      ? agreement.render(format, paper)
      : call('documents.meeting', request(format, document)),
  );

  return (
    <Modal opened={opened} onClose={onClose} title={t('documents.title')} size={preview ? '90%' : 'lg'}>
      <SimpleGrid cols={{ base: 1, md: preview ? 2 : 1 }} spacing="lg">
        <Stack gap="sm">
          {/* The office's paper and signer could not be read: the dialog works with its own choices. */}
          <QueryStatus query={setup} loader={null} />
          <Select
            label={t('documents.document')}
            allowDeselect={false}
            data={[
              ...MEETING_DOCUMENTS.map((value) => ({ value, label: t(`documents.kinds.${value}`) })),
              { value: 'berita_acara', label: t('agreementDoc.kind') },
            ]}
            value={document}
            onChange={(value) => {
              if (!value) return;
              setDocument(value as Choice);
              clearPreview();
            }}
          />
          <FormatPaperControls
            formats={formats}
            onFormats={setFormats}
            paper={paper ?? 'F4'}
            onPaper={(value) => {
              setPaper(value);
              clearPreview();
            }}
          />
          {document === 'undangan' ? <InvitationNumberField meeting={meeting} /> : null}
          {document === 'undangan' ? (
            <SimpleGrid cols={2}>
              <RemoteSelect
                label={t('documents.signer')}
                search={searchPeople}
                resolve={resolvePerson}
                value={signer}
                onChange={setSigner}
              />
              <DateField label={t('documents.letterDate')} value={letterDate} onChange={setLetterDate} />
            </SimpleGrid>
          ) : null}
          {document === 'daftar_hadir' || document === 'daftar_hadir_terisi' ? (
            <Group align="flex-end">
              {document === 'daftar_hadir' ? (
                <NumberInput
                  label={t('documents.blankRows')}
                  description={t('documents.blankRowsHint')}
                  min={0}
                  max={100}
                  value={blankRows}
                  onChange={setBlankRows}
                  w={260}
                />
              ) : null}
              <Checkbox
                label={t('documents.showPhone')}
                checked={showPhone}
                onChange={(event) => setShowPhone(event.currentTarget.checked)}
                mb={8}
              />
            </Group>
          ) : null}
          {document === 'berita_acara' ? <AgreementFields state={agreement} onChange={clearPreview} /> : null}
          {error ? <Alert color="red">{error}</Alert> : null}
          <ExportActions
            progress={progress}
            onPreview={() => void showPreview()}
            onSave={() => void download(formats)}
            onCancel={cancel}
          />
        </Stack>
        <PreviewPane data={preview} />
      </SimpleGrid>
    </Modal>
  );
}
