import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import {
  INSTITUTION_LEVELS,
  SECTORS,
  type Institution,
  type InstitutionLevel,
  type Sector,
} from '../../../shared/domain/directory';
import { call } from '../../api/client';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolveArea, searchAnyArea } from '../../components/pickers';
import { splitApiError } from '../../hooks/api-errors';
import { useFormSave } from '../../hooks/useFormSave';

interface InstitutionValues {
  name: string;
  shortName: string;
  sector: Sector | null;
  level: InstitutionLevel | null;
  areaCode: string | null;
  address: string;
  phone: string;
  email: string;
}

const FIELDS = ['name', 'shortName', 'sector', 'level', 'areaCode', 'address', 'phone', 'email'] as const;

export function InstitutionForm({
  institution,
  onSaved,
  onCancel,
}: {
  institution: Institution | null;
  onSaved: (saved: Institution) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<InstitutionValues>({
    initialValues: {
      name: institution?.name ?? '',
      shortName: institution?.shortName ?? '',
      sector: institution?.sector ?? null,
      level: institution?.level ?? null,
      areaCode: institution?.areaCode ?? null,
      address: institution?.address ?? '',
      phone: institution?.phone ?? '',
      email: institution?.email ?? '',
    },
    validate: {
      sector: (value) => (value ? null : t('validation.required')),
      level: (value) => (value ? null : t('validation.required')),
    },
  });

  const { saving, general, save } = useFormSave(form, (error) => splitApiError(error, FIELDS));

  async function submit(values: InstitutionValues, sector: Sector, level: InstitutionLevel): Promise<void> {
    const fields = { ...values, sector, level };
    await save(
      () =>
        institution
          ? call('institutions.update', { ...fields, id: institution.id })
          : call('institutions.create', fields),
      onSaved,
    );
  }

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        if (values.sector && values.level) void submit(values, values.sector, values.level);
      })}
      noValidate
    >
      <Stack gap="sm">
        <TextInput
          label={t('institution.name')}
          placeholder={t('institution.namePlaceholder')}
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('institution.shortName')}
            placeholder={t('institution.shortNamePlaceholder')}
            {...form.getInputProps('shortName')}
          />
          <Select
            label={t('institution.sector')}
            required
            searchable
            data={SECTORS.map((value) => ({ value, label: t(`sector.${value}`) }))}
            {...form.getInputProps('sector')}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Select
            label={t('institution.level')}
            required
            data={INSTITUTION_LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
            {...form.getInputProps('level')}
          />
          <RemoteSelect
            label={t('institution.area')}
            placeholder={t('area.typeToSearch')}
            search={searchAnyArea}
            resolve={resolveArea}
            value={form.values.areaCode}
            error={form.errors.areaCode}
            onChange={(code) => form.setFieldValue('areaCode', code)}
          />
        </SimpleGrid>
        <Textarea label={t('institution.address')} autosize minRows={2} {...form.getInputProps('address')} />
        <SimpleGrid cols={2}>
          <TextInput label={t('institution.phone')} {...form.getInputProps('phone')} />
          <TextInput label={t('institution.email')} {...form.getInputProps('email')} />
        </SimpleGrid>
        {general ? <Alert color="red">{general}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
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
