import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../shared/domain/directory';
import { formatNip } from '../../../shared/format/nip';
import { call } from '../../api/client';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolveInstitution, searchInstitutions } from '../../components/pickers';
import { splitApiError } from '../../hooks/api-errors';
import { useFormSave } from '../../hooks/useFormSave';
import { useSettings } from '../../stores/settings';
import { InlineInstitutionForm, officeDefaults } from './InstitutionForm';
import { useGuardedCancel } from '../../components/FormGuard';

interface PersonValues {
  name: string;
  position: string;
  institutionId: string | null;
  nip: string;
  rank: string;
  phone: string;
  email: string;
}

const FIELDS = ['name', 'position', 'institutionId', 'nip', 'rank', 'phone', 'email'] as const;

/** `person` must be the full record (people.get): lists carry masked phone numbers. */
export function PersonForm({
  person,
  defaultInstitutionId = null,
  onSaved,
  onCancel,
}: {
  person: Person | null;
  defaultInstitutionId?: string | null;
  onSaved: (saved: Person) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<PersonValues>({
    initialValues: {
      name: person?.name ?? '',
      position: person?.position ?? '',
      institutionId: person?.institutionId ?? defaultInstitutionId,
      nip: formatNip(person?.nip ?? null),
      rank: person?.rank ?? '',
      phone: person?.phone ?? '',
      email: person?.email ?? '',
    },
  });

  // The name of an institution being created inline, not yet in the directory.
  const [newInstitution, setNewInstitution] = useState<string | null>(null);
  const office = useSettings()?.office;
  const { saving, general, save } = useFormSave(form, (error) => splitApiError(error, FIELDS));
  const cancel = useGuardedCancel(onCancel);

  async function submit(values: PersonValues): Promise<void> {
    // The new institution would be lost with the panel: it is saved (or cancelled) first.
    if (newInstitution !== null) {
      form.setFieldError('institutionId', t('person.saveInstitutionFirst'));
      return;
    }
    await save(
      () => (person ? call('people.update', { ...values, id: person.id }) : call('people.create', values)),
      onSaved,
    );
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('person.name')}
          description={t('person.nameHint')}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('person.position')}
            placeholder={t('person.positionPlaceholder')}
            {...form.getInputProps('position')}
          />
          <RemoteSelect
            label={t('person.institution')}
            placeholder={t('person.institutionPlaceholder')}
            search={searchInstitutions}
            resolve={resolveInstitution}
            value={form.values.institutionId}
            error={form.errors.institutionId}
            onChange={(id) => {
              form.setFieldValue('institutionId', id);
              setNewInstitution(null);
            }}
            create={{ label: (name) => t('person.newInstitution', { name }), onCreate: setNewInstitution }}
          />
        </SimpleGrid>
        {newInstitution !== null ? (
          <InlineInstitutionForm
            key={newInstitution}
            name={newInstitution}
            defaults={officeDefaults(office)}
            onCancel={() => setNewInstitution(null)}
            onSaved={(institution) => {
              form.setFieldValue('institutionId', institution.id);
              setNewInstitution(null);
            }}
          />
        ) : null}
        <SimpleGrid cols={2}>
          <TextInput
            label={t('person.nip')}
            description={t('person.nipHint')}
            inputMode="numeric"
            {...form.getInputProps('nip')}
          />
          <TextInput
            label={t('person.rank')}
            placeholder={t('person.rankPlaceholder')}
            {...form.getInputProps('rank')}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('person.phone')}
            description={t('person.phoneHint')}
            inputMode="tel"
            {...form.getInputProps('phone')}
          />
          <TextInput label={t('person.email')} inputMode="email" {...form.getInputProps('email')} />
        </SimpleGrid>
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
