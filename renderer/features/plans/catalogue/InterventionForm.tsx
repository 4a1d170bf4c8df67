import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { INTERVENTION_KINDS, type Intervention, type InterventionKind } from '../../../../shared/domain/plans';
import { call } from '../../../api/client';
import { catalogueFormErrors } from './form-errors';
import { useFormSave } from '../../../hooks/useFormSave';
import { useGuardedCancel } from '../../../components/FormGuard';

interface InterventionValues {
  kind: InterventionKind | null;
  code: string;
  name: string;
  indicator: string;
  unit: string;
  nationalTarget: string;
  targetGroup: string;
}

const FIELDS = ['kind', 'code', 'name', 'indicator', 'unit', 'nationalTarget', 'targetGroup'] as const;

/** Adds or edits a catalogue intervention; the host checks every field and names the ones it refuses. */
export function InterventionForm({
  intervention,
  defaultKind,
  onSaved,
  onCancel,
}: {
  intervention: Intervention | null;
  defaultKind: InterventionKind | null;
  onSaved: (saved: Intervention) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<InterventionValues>({
    initialValues: {
      kind: intervention?.kind ?? defaultKind,
      code: intervention?.code ?? '',
      name: intervention?.name ?? '',
      indicator: intervention?.indicator ?? '',
      unit: intervention?.unit ?? '',
      nationalTarget: intervention?.nationalTarget ?? '',
      targetGroup: intervention?.targetGroup ?? '',
    },
    validate: { kind: (value) => (value ? null : t('validation.required')) },
  });

  const { saving, general, save } = useFormSave(form, (error) => catalogueFormErrors(error, FIELDS));
  const cancel = useGuardedCancel(onCancel);

  async function submit(values: InterventionValues, kind: InterventionKind): Promise<void> {
    const fields = { ...values, kind };
    await save(
      () =>
        intervention
          ? call('interventions.update', { ...fields, id: intervention.id })
          : call('interventions.create', fields),
      onSaved,
    );
  }

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        if (values.kind) void submit(values, values.kind);
      })}
      noValidate
    >
      <Stack gap="sm">
        {intervention?.isSeeded ? (
          <Alert color="indigo" variant="light">
            {t('catalogue.seededNote')}
          </Alert>
        ) : null}
        <Textarea
          label={t('catalogue.interventions.name')}
          required
          autosize
          minRows={1}
          data-autofocus
          {...form.getInputProps('name')}
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('catalogue.interventions.kind')}
            required
            allowDeselect={false}
            data={INTERVENTION_KINDS.map((value) => ({ value, label: t(`interventionKind.${value}`) }))}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label={t('catalogue.interventions.code')}
            description={t('catalogue.interventions.codeHint')}
            {...form.getInputProps('code')}
          />
        </SimpleGrid>
        <Textarea
          label={t('catalogue.interventions.indicator')}
          autosize
          minRows={2}
          {...form.getInputProps('indicator')}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('catalogue.interventions.unit')}
            description={t('catalogue.interventions.unitHint')}
            {...form.getInputProps('unit')}
          />
          <TextInput
            label={t('catalogue.interventions.nationalTarget')}
            description={t('catalogue.interventions.nationalTargetHint')}
            {...form.getInputProps('nationalTarget')}
          />
        </SimpleGrid>
        <TextInput label={t('catalogue.interventions.targetGroup')} {...form.getInputProps('targetGroup')} />
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
