import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { AGENDA_KINDS, type AgendaItem, type AgendaKind } from '../../../../../shared/domain/agenda';
import { call } from '../../../../api/client';
import { ClockInput } from '../../../../components/ClockInput';
import { RemoteSelect } from '../../../../components/RemoteSelect';
import { resolveInstitution, resolvePerson, searchInstitutions, searchPeople } from '../../../../components/pickers';
import { splitApiError } from '../../../../hooks/api-errors';
import { useFormSave } from '../../../../hooks/useFormSave';
import { useGuardedCancel } from '../../../../components/FormGuard';

interface AgendaValues {
  kind: AgendaKind;
  title: string;
  presenterPersonId: string | null;
  presenterInstitutionId: string | null;
  startTime: string;
  durationMinutes: number | string;
  notes: string;
}

const FIELDS = [
  'kind',
  'title',
  'presenterPersonId',
  'presenterInstitutionId',
  'startTime',
  'durationMinutes',
  'notes',
] as const;

export function AgendaItemForm({
  meetingId,
  item,
  onDone,
}: {
  meetingId: string;
  item: AgendaItem | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<AgendaValues>({
    initialValues: {
      kind: item?.kind ?? 'presentation',
      title: item?.title ?? '',
      presenterPersonId: item?.presenterPersonId ?? null,
      presenterInstitutionId: item?.presenterInstitutionId ?? null,
      startTime: item?.startTime ?? '',
      durationMinutes: item?.durationMinutes ?? 15,
      notes: item?.notes ?? '',
    },
  });

  /** A presenter usually speaks for their institution: fill it in when it is still empty. */
  async function choosePresenter(personId: string | null): Promise<void> {
    form.setFieldValue('presenterPersonId', personId);
    if (!personId || form.getValues().presenterInstitutionId) return;
    const found = await call('people.list', { ids: [personId], limit: 1 });
    const institutionId = found.ok ? found.value.items[0]?.institutionId : null;
    if (institutionId) form.setFieldValue('presenterInstitutionId', institutionId);
  }

  const { saving, general, save } = useFormSave(form, (error) => splitApiError(error, FIELDS));
  const cancel = useGuardedCancel(onDone);

  async function submit(values: AgendaValues): Promise<void> {
    const fields = {
      ...values,
      startTime: values.startTime || null,
      durationMinutes: values.durationMinutes === '' ? null : Number(values.durationMinutes),
    };
    await save(
      () =>
        item ? call('agenda.update', { ...fields, id: item.id }) : call('agenda.create', { ...fields, meetingId }),
      () => onDone(),
    );
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('agenda.kind')}
            allowDeselect={false}
            data={AGENDA_KINDS.map((value) => ({ value, label: t(`agendaKind.${value}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('agenda.itemTitle')}
            required
            data-autofocus
            {...form.getInputProps('title')}
            style={{ gridColumn: 'span 2' }}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <RemoteSelect
            label={t('agenda.presenter')}
            placeholder={t('meeting.personPlaceholder')}
            search={searchPeople}
            resolve={resolvePerson}
            value={form.values.presenterPersonId}
            error={form.errors.presenterPersonId}
            onChange={(id) => void choosePresenter(id)}
          />
          <RemoteSelect
            label={t('agenda.presenterInstitution')}
            placeholder={t('person.institutionPlaceholder')}
            search={searchInstitutions}
            resolve={resolveInstitution}
            value={form.values.presenterInstitutionId}
            error={form.errors.presenterInstitutionId}
            onChange={(id) => form.setFieldValue('presenterInstitutionId', id)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <ClockInput
            label={t('agenda.startTime')}
            description={t('agenda.startTimeHint')}
            value={form.values.startTime}
            error={form.errors.startTime}
            onChange={(time) => form.setFieldValue('startTime', time)}
          />
          <NumberInput
            label={t('agenda.duration')}
            min={0}
            max={1440}
            step={5}
            allowDecimal={false}
            {...form.getInputProps('durationMinutes')}
          />
        </SimpleGrid>
        <Textarea label={t('agenda.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
        {general ? <Alert color="red">{general}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={cancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
