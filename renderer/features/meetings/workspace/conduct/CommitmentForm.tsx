import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../../../shared/domain/commitments';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import { call } from '../../../../api/client';
import { DateField, dateFieldProblem } from '../../../../components/DateField';
import { useGuardedCancel } from '../../../../components/FormGuard';
import { RemoteSelect } from '../../../../components/RemoteSelect';
import {
  resolveInstitution,
  resolvePerson,
  searchInstitutions,
  searchPeopleOf,
  worksAt,
} from '../../../../components/pickers';
import { splitApiError } from '../../../../hooks/api-errors';
import { useFormSave } from '../../../../hooks/useFormSave';

interface CommitmentValues {
  institutionId: string | null;
  contactPersonId: string | null;
  description: string;
  dueDate: string | null;
  indicator: string;
  target: string;
  agendaItemId: string | null;
}

const FIELDS = [
  'institutionId',
  'contactPersonId',
  'description',
  'dueDate',
  'indicator',
  'target',
  'agendaItemId',
] as const;

export function CommitmentForm({
  workspace,
  commitment,
  onDone,
}: {
  workspace: MeetingWorkspace;
  commitment: Commitment | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<CommitmentValues>({
    initialValues: {
      institutionId: commitment?.institutionId ?? null,
      contactPersonId: commitment?.contactPersonId ?? null,
      description: commitment?.description ?? '',
      dueDate: commitment?.dueDate ?? null,
      indicator: commitment?.indicator ?? '',
      target: commitment?.target ?? '',
      agendaItemId: commitment?.agendaItemId ?? null,
    },
    validate: {
      institutionId: (value) => (value ? null : t('validation.required')),
      dueDate: dateFieldProblem,
    },
  });
  const cancel = useGuardedCancel(onDone);

  // The person in charge works at the institution that committed: the list offers only its people.
  const searchContacts = useMemo(() => searchPeopleOf(form.values.institutionId), [form.values.institutionId]);

  async function chooseInstitution(id: string | null): Promise<void> {
    form.setFieldValue('institutionId', id);
    const contact = form.getValues().contactPersonId;
    if (id && contact && !(await worksAt(contact, id))) form.setFieldValue('contactPersonId', null);
  }

  const { saving, general, save } = useFormSave(form, (error) => splitApiError(error, FIELDS));

  async function submit(values: CommitmentValues, institutionId: string): Promise<void> {
    const fields = { ...values, institutionId };
    await save(
      () =>
        commitment
          ? call('commitments.update', { ...fields, id: commitment.id })
          : call('commitments.create', { ...fields, meetingId: workspace.meeting.id }),
      () => onDone(),
    );
  }

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        if (values.institutionId) void submit(values, values.institutionId);
      })}
      noValidate
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <RemoteSelect
            label={t('commitmentsUi.institution')}
            placeholder={t('person.institutionPlaceholder')}
            required
            search={searchInstitutions}
            resolve={resolveInstitution}
            value={form.values.institutionId}
            error={form.errors.institutionId}
            onChange={(id) => void chooseInstitution(id)}
          />
          <RemoteSelect
            label={t('commitmentsUi.contact')}
            placeholder={t('meeting.personPlaceholder')}
            search={searchContacts}
            resolve={resolvePerson}
            value={form.values.contactPersonId}
            error={form.errors.contactPersonId}
            onChange={(id) => form.setFieldValue('contactPersonId', id)}
          />
        </SimpleGrid>
        <Textarea
          label={t('commitmentsUi.description')}
          placeholder={t('commitmentsUi.descriptionPlaceholder')}
          required
          autosize
          minRows={2}
          data-autofocus
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField
            label={t('commitmentsUi.dueDate')}
            placeholder="31/12/2025"
            clearable
            value={form.values.dueDate}
            error={form.errors.dueDate}
            onChange={(date) => form.setFieldValue('dueDate', date)}
          />
          <TextInput label={t('commitmentsUi.indicator')} {...form.getInputProps('indicator')} />
          <TextInput label={t('commitmentsUi.target')} {...form.getInputProps('target')} />
        </SimpleGrid>
        <Select
          label={t('commitmentsUi.agendaItem')}
          clearable
          data={workspace.agenda.map((item) => ({ value: item.id, label: `${item.position + 1}. ${item.title}` }))}
          {...form.getInputProps('agendaItemId')}
        />
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
