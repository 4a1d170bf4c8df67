import { Alert, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INSTITUTION_LEVELS,
  SECTORS,
  type Institution,
  type InstitutionLevel,
  type Sector,
} from '../../../shared/domain/directory';
import type { OfficeIdentity } from '../../../shared/domain/settings';
import { call } from '../../api/client';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolveArea, searchAnyArea } from '../../components/pickers';
import { splitApiError } from '../../hooks/api-errors';
import { useFormSave } from '../../hooks/useFormSave';
import { useGuardedCancel } from '../../components/FormGuard';

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

/** The form state and its save; `initial` fills a new institution (a name typed in a picker). */
function useInstitutionForm(
  institution: Institution | null,
  initial: Partial<InstitutionValues>,
  onSaved: (saved: Institution) => void,
) {
  const { t } = useTranslation();
  const form = useForm<InstitutionValues>({
    initialValues: {
      name: institution?.name ?? initial.name ?? '',
      shortName: institution?.shortName ?? '',
      sector: institution?.sector ?? null,
      level: institution?.level ?? initial.level ?? null,
      areaCode: institution?.areaCode ?? initial.areaCode ?? null,
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

  const submit = form.onSubmit((values) => {
    if (!values.sector || !values.level) return;
    const fields = { ...values, sector: values.sector, level: values.level };
    void save(
      () =>
        institution
          ? call('institutions.update', { ...fields, id: institution.id })
          : call('institutions.create', fields),
      onSaved,
    );
  });
  return { form, saving, general, submit };
}

/** `inline`: the name was typed in a picker already, so the sector (required, empty) takes the focus. */
function InstitutionFields({ form, inline }: { form: ReturnType<typeof useInstitutionForm>['form']; inline: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t('institution.name')}
        placeholder={t('institution.namePlaceholder')}
        required
        data-autofocus={inline ? undefined : true}
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
          autoFocus={inline}
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
    </>
  );
}

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
  const { form, saving, general, submit } = useInstitutionForm(institution, {}, onSaved);
  const cancel = useGuardedCancel(onCancel);

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <InstitutionFields form={form} inline={false} />
        <Textarea label={t('institution.address')} autosize minRows={2} {...form.getInputProps('address')} />
        <SimpleGrid cols={2}>
          <TextInput label={t('institution.phone')} {...form.getInputProps('phone')} />
          <TextInput label={t('institution.email')} {...form.getInputProps('email')} />
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

/** Where a new institution most likely is: the office's own level and area. */
export function officeDefaults(office: OfficeIdentity | null | undefined): Partial<InstitutionValues> {
  if (!office) return {};
  const areaCode = office.desaCode ?? office.kecamatanCode ?? office.kabupatenCode;
  return { level: office.level, areaCode };
}

/**
 * A new institution created inside another form (a person's), without leaving it: a panel with
 * the required fields, its own Simpan, and Enter saving the institution rather than the form
 * around it. `name` is what was typed in the picker.
 */
export function InlineInstitutionForm({
  name,
  defaults,
  onSaved,
  onCancel,
}: {
  name: string;
  defaults: Partial<InstitutionValues>;
  onSaved: (saved: Institution) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { form, saving, general, submit } = useInstitutionForm(null, { ...defaults, name }, onSaved);
  const cancel = useGuardedCancel(onCancel);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    // Enter in a text field would submit the person's form around this panel.
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement)) return;
    if (event.target.getAttribute('aria-expanded') === 'true') return;
    event.preventDefault();
    submit();
  }

  return (
    <Paper withBorder p="sm" bg="gray.0" role="group" aria-label={t('institution.newInline')} onKeyDown={onKeyDown}>
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('institution.newInline')}
        </Text>
        <InstitutionFields form={form} inline />
        {general ? <Alert color="red">{general}</Alert> : null}
        <Group justify="flex-end" gap="xs">
          <Button size="xs" variant="default" onClick={cancel}>
            {t('common.cancel')}
          </Button>
          <Button size="xs" loading={saving} onClick={() => submit()}>
            {t('institution.saveInline')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
