import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CONVERGENCE_SCHEMES, type ConvergenceAction, type ConvergenceScheme } from '../../../../shared/domain/plans';
import { call } from '../../../api/client';
import { catalogueFormErrors } from './form-errors';
import { useFormSave } from '../../../hooks/useFormSave';
import { useGuardedCancel } from '../../../components/FormGuard';

interface ActionValues {
  scheme: ConvergenceScheme;
  number: number | string;
  name: string;
  grouping: string | null;
}

const FIELDS = ['scheme', 'number', 'name', 'grouping'] as const;
const GROUPINGS = ['utama', 'pendukung'] as const;

/** Adds or edits a convergence action of the 8 aksi or of the 2025 scheme. */
export function ConvergenceActionForm({
  action,
  scheme,
  nextNumber,
  onSaved,
  onCancel,
}: {
  action: ConvergenceAction | null;
  scheme: ConvergenceScheme;
  nextNumber: number;
  onSaved: (saved: ConvergenceAction) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<ActionValues>({
    initialValues: {
      scheme: action?.scheme ?? scheme,
      number: action?.number ?? nextNumber,
      name: action?.name ?? '',
      grouping: action?.grouping ?? null,
    },
  });

  const { saving, general, save } = useFormSave(form, (error) => catalogueFormErrors(error, FIELDS));
  const cancel = useGuardedCancel(onCancel);

  async function submit(values: ActionValues): Promise<void> {
    const fields = {
      scheme: values.scheme,
      // An empty number is left out, so the host reports it as required.
      number: typeof values.number === 'number' ? values.number : (undefined as unknown as number),
      name: values.name,
      grouping: values.scheme === 'skema2025' ? values.grouping : null,
    };
    await save(
      () =>
        action
          ? call('convergenceActions.update', { ...fields, id: action.id })
          : call('convergenceActions.create', fields),
      onSaved,
    );
  }

  // Groupings the office typed itself (free text on the host) stay choosable.
  const groupings = [
    ...GROUPINGS,
    ...(action?.grouping && !GROUPINGS.includes(action.grouping as never) ? [action.grouping] : []),
  ];

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="sm">
        {action?.isSeeded ? (
          <Alert color="indigo" variant="light">
            {t('catalogue.seededNote')}
          </Alert>
        ) : null}
        <SimpleGrid cols={2}>
          <Select
            label={t('catalogue.actions.scheme')}
            required
            allowDeselect={false}
            data={CONVERGENCE_SCHEMES.map((value) => ({ value, label: t(`catalogue.actions.schemes.${value}`) }))}
            {...form.getInputProps('scheme')}
          />
          <NumberInput
            label={t('catalogue.actions.number')}
            required
            min={1}
            max={99}
            allowDecimal={false}
            allowNegative={false}
            {...form.getInputProps('number')}
          />
        </SimpleGrid>
        <TextInput label={t('catalogue.actions.name')} required data-autofocus {...form.getInputProps('name')} />
        {form.values.scheme === 'skema2025' ? (
          <Select
            label={t('catalogue.actions.grouping')}
            description={t('catalogue.actions.groupingHint')}
            clearable
            data={groupings.map((value) => ({
              value,
              label: GROUPINGS.includes(value as never)
                ? t(`catalogue.actions.groupings.${value as (typeof GROUPINGS)[number]}`)
                : value,
            }))}
            {...form.getInputProps('grouping')}
          />
        ) : null}
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
