import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/api/result';
import { AGREEMENT_PLACEHOLDERS, type AgreementWording } from '../../../shared/domain/agreement';
import type { FileDownload } from '../../../shared/domain/files';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { QueryStatus } from '../../components/LoadError';
import { splitApiError, withoutPlacedIssues } from '../../hooks/api-errors';
import { notifyFailure, notifySuccess } from '../../hooks/notify';

const FIELDS = ['number', 'wording.opening', 'wording.closing'] as const;

/**
 * The berita acara kesepakatan's part of the Cetak dialog: its number and its wording, loaded
 * from the office's (or Sirakor's) and editable for this printing, with saving it as the office's
 * own. Host messages land on their fields.
 */
export function useAgreementDocument(meetingId: string, opened: boolean) {
  const [number, setNumber] = useState('');
  // The office's wording until this printing's is edited (or saved as the office's).
  const office = useApiQuery('documents.agreementWording', {}, { enabled: opened });
  const [edited, setWording] = useState<AgreementWording | null>(null);
  const [saved, setCustom] = useState<boolean | null>(null);
  const wording = edited ?? office.data?.wording ?? null;
  const custom = saved ?? office.data?.custom ?? false;
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});

  /** Asks the host for the file; field messages go on the fields, the rest to the dialog's alert. */
  async function render(format: 'pdf' | 'docx', paper: 'A4' | 'F4' | null): Promise<Result<FileDownload>> {
    setFieldErrors({});
    const result = await call('documents.agreement', {
      meetingId,
      format,
      ...(paper ? { paper } : {}),
      number: number || null,
      ...(wording ? { wording } : {}),
    });
    if (result.ok) return result;
    setFieldErrors(splitApiError(result.error, FIELDS).fields);
    // What no field carries (the meeting has no commitments) is the dialog's message.
    return { ok: false, error: withoutPlacedIssues(result.error, FIELDS) };
  }

  return { office, number, setNumber, wording, setWording, custom, setCustom, fieldErrors, setFieldErrors, render };
}

type AgreementState = ReturnType<typeof useAgreementDocument>;

export function AgreementFields({ state, onChange }: { state: AgreementState; onChange: () => void }) {
  const { t } = useTranslation();
  const { wording, fieldErrors } = state;

  async function saveAsDefault(value: AgreementWording | null): Promise<void> {
    state.setFieldErrors({});
    const result = await call('documents.setAgreementWording', { wording: value });
    if (!result.ok) {
      const split = splitApiError(result.error, FIELDS);
      state.setFieldErrors(split.fields);
      if (split.general) notifyFailure(result);
      return;
    }
    state.setWording(result.value.wording);
    state.setCustom(result.value.custom);
    notifySuccess(t(value ? 'agreementDoc.saved' : 'agreementDoc.reset'));
    onChange();
  }

  const edit = (part: keyof AgreementWording) => (event: React.ChangeEvent<HTMLTextAreaElement>) => {
    if (!wording) return;
    state.setWording({ ...wording, [part]: event.currentTarget.value });
    onChange();
  };

  return (
    <Stack gap="xs" data-testid="agreement-fields">
      <QueryStatus query={state.office} loader={null} />
      <TextInput
        label={t('agreementDoc.number')}
        description={t('agreementDoc.numberHint')}
        value={state.number}
        error={fieldErrors.number}
        onChange={(event) => {
          state.setNumber(event.currentTarget.value);
          onChange();
        }}
      />
      <Text size="xs" c="dimmed">
        {t(state.custom ? 'agreementDoc.wordingCustom' : 'agreementDoc.wordingDefault')}{' '}
        {t('agreementDoc.placeholders', { list: AGREEMENT_PLACEHOLDERS.map((name) => `{${name}}`).join(', ') })}
      </Text>
      <Textarea
        label={t('agreementDoc.opening')}
        autosize
        minRows={3}
        maxRows={8}
        value={wording?.opening ?? ''}
        error={fieldErrors['wording.opening']}
        onChange={edit('opening')}
      />
      <Textarea
        label={t('agreementDoc.closing')}
        autosize
        minRows={2}
        maxRows={6}
        value={wording?.closing ?? ''}
        error={fieldErrors['wording.closing']}
        onChange={edit('closing')}
      />
      <Group gap="xs">
        <Button size="compact-sm" variant="light" disabled={!wording} onClick={() => void saveAsDefault(wording)}>
          {t('agreementDoc.saveDefault')}
        </Button>
        {state.custom ? (
          <Button size="compact-sm" variant="subtle" color="gray" onClick={() => void saveAsDefault(null)}>
            {t('agreementDoc.resetDefault')}
          </Button>
        ) : null}
      </Group>
      <Text size="xs" c="dimmed">
        {t('agreementDoc.signers')}
      </Text>
    </Stack>
  );
}
