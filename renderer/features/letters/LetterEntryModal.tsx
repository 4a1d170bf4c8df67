import { Alert, Button, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LetterEntry } from '../../../shared/domain/letters';
import { LETTER_KINDS, type LetterKind } from '../../../shared/letters/numbering';
import { formatDateId } from '../../../shared/format/dates';
import { parseDateId } from '../../../shared/format/parse-date';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/queries';
import { GuardedCancelButton, GuardedModal } from '../../components/FormGuard';
import { QueryStatus } from '../../components/LoadError';
import { localToday } from '../../format/local-time';
import { splitApiError } from '../../hooks/api-errors';
import { notifySuccess } from '../../hooks/notify';
import { translateMessage } from '../../i18n';

const FIELDS = ['number', 'kind', 'letterDate', 'subject', 'addressee', 'meetingId'];

/**
 * Takes the next number (`issue`) or records one typed by hand (`record`): the kind, date,
 * subject and addressee of the letter; a typed number is checked against the register as it is
 * typed, the next number is shown before it is taken.
 */
export function LetterEntryModal({
  mode,
  opened,
  onClose,
  onDone,
  initial,
}: {
  mode: 'issue' | 'record';
  opened: boolean;
  onClose: () => void;
  onDone?: (entry: LetterEntry) => void;
  initial?: { kind?: LetterKind; subject?: string; number?: string; meetingId?: string };
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LetterKind>(initial?.kind ?? 'undangan');
  const [today] = useState(localToday);
  const [letterDate, setLetterDate] = useState<string | null>(today);
  const [subject, setSubject] = useState(initial?.subject ?? '');
  const [addressee, setAddressee] = useState('');
  const [number, setNumber] = useState(initial?.number ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  // The next numbers are shown before one is taken; a typed number is checked after a pause in typing.
  const numbering = useApiQuery('letters.numbering', {}, { enabled: opened && mode === 'issue' });
  const next = numbering.data?.next ?? null;
  const [typed] = useDebouncedValue(number.trim(), 250);
  const checked = useApiQuery(
    'letters.check',
    { number: typed },
    { enabled: opened && mode === 'record' && typed !== '', keepPrevious: true },
  );
  const check = checked.data ?? null;

  async function save(): Promise<void> {
    setSaving(true);
    setErrors({});
    setError(null);
    const entry = {
      kind,
      letterDate: letterDate ?? '',
      subject,
      addressee,
      ...(initial?.meetingId ? { meetingId: initial.meetingId } : {}),
    };
    const result =
      mode === 'issue' ? await call('letters.issue', entry) : await call('letters.record', { ...entry, number });
    setSaving(false);
    if (!result.ok) {
      const split = splitApiError(result.error, FIELDS);
      setErrors(split.fields);
      setError(split.general);
      return;
    }
    notifySuccess(t(mode === 'issue' ? 'letters.issued' : 'letters.recorded', { number: result.value.number }));
    onDone?.(result.value);
    onClose();
  }

  const taken = mode === 'record' && number.trim() !== '' && check?.status === 'registered' ? check.entry : null;
  const dirty =
    number !== (initial?.number ?? '') ||
    subject !== (initial?.subject ?? '') ||
    addressee !== '' ||
    kind !== (initial?.kind ?? 'undangan') ||
    letterDate !== today;
  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      dirty={dirty}
      title={t(mode === 'issue' ? 'letters.issueTitle' : 'letters.recordTitle')}
      size="lg"
    >
      <Stack gap="sm" data-testid="letter-entry">
        {mode === 'record' ? (
          <>
            <Text size="sm" c="dimmed">
              {t('letters.recordIntro')}
            </Text>
            <TextInput
              label={t('letters.number')}
              value={number}
              onChange={(event) => setNumber(event.currentTarget.value)}
              error={
                errors.number ??
                (taken
                  ? translateMessage({
                      key: taken.voidedAt ? 'letters.numberVoided' : 'letters.numberTaken',
                      params: { number: taken.number, subject: taken.subject, date: formatDateId(taken.letterDate) },
                    })
                  : undefined)
              }
              required
            />
          </>
        ) : null}
        <Group grow align="flex-start">
          <Select
            label={t('letters.kind')}
            allowDeselect={false}
            data={LETTER_KINDS.map((value) => ({ value, label: t(`letters.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as LetterKind)}
            error={errors.kind}
          />
          <DateInput
            label={t('letters.letterDate')}
            valueFormat="D MMMM YYYY"
            dateParser={(text) => parseDateId(text)}
            value={letterDate}
            onChange={setLetterDate}
            error={errors.letterDate}
            required
          />
        </Group>
        <Textarea
          label={t('letters.subject')}
          autosize
          minRows={2}
          value={subject}
          onChange={(event) => setSubject(event.currentTarget.value)}
          error={errors.subject}
          required
        />
        <TextInput
          label={t('letters.addressee')}
          value={addressee}
          onChange={(event) => setAddressee(event.currentTarget.value)}
          error={errors.addressee}
        />
        <QueryStatus query={mode === 'issue' ? numbering : checked} loader={null} />
        {mode === 'issue' && next && letterDate?.slice(0, 4) === localToday().slice(0, 4) ? (
          <Alert color="blue" variant="light" data-testid="next-number">
            {t('letters.nextPreview', { number: next[kind] })}
          </Alert>
        ) : null}
        {error ? <Alert color="red">{error}</Alert> : null}
        {errors.meetingId ? <Alert color="red">{errors.meetingId}</Alert> : null}
        <Group justify="flex-end">
          <GuardedCancelButton onCancel={onClose}>{t('common.cancel')}</GuardedCancelButton>
          <Button loading={saving} onClick={() => void save()}>
            {t(mode === 'issue' ? 'letters.issue' : 'letters.record')}
          </Button>
        </Group>
      </Stack>
    </GuardedModal>
  );
}
