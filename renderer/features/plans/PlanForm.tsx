import { Alert, Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_STATUSES, type ActionPlan, type PlanStatus } from '../../../shared/domain/plans';
import { call } from '../../api/client';
import { RemoteMultiSelect } from '../../components/RemoteMultiSelect';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolveArea, searchAnyArea, searchAreas } from '../../components/pickers';
import { splitApiError } from '../../hooks/api-errors';
import { useFormSave } from '../../hooks/useFormSave';
import { useSettings } from '../../stores/settings';
import { useGuardedCancel } from '../../components/FormGuard';

interface PlanValues {
  areaCode: string | null;
  year: number | string;
  title: string;
  status: PlanStatus;
  priorityVillageCodes: string[];
}

const FIELDS = ['areaCode', 'year', 'title', 'status', 'priorityVillageCodes'] as const;

/** A new plan: area (the office's own by default), year and title; or the title and status of an existing one. */
export function PlanForm({
  plan,
  onSaved,
  onCancel,
}: {
  plan: ActionPlan | null;
  onSaved: (plan: ActionPlan) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const office = useSettings()?.office;
  const defaultArea = office?.desaCode ?? office?.kecamatanCode ?? office?.kabupatenCode ?? null;
  const nextYear = new Date().getFullYear() + 1;
  const form = useForm<PlanValues>({
    initialValues: {
      areaCode: plan?.areaCode ?? defaultArea,
      year: plan?.year ?? nextYear,
      title: plan?.title ?? '',
      status: plan?.status ?? 'draft',
      priorityVillageCodes: plan?.priorityVillageCodes ?? [],
    },
  });
  const areaCode = form.values.areaCode;
  // Desa lokus are chosen among the villages of the plan's area.
  const searchVillages = useMemo(
    () => (areaCode ? searchAreas({ level: 'desa', within: areaCode }) : async () => []),
    [areaCode],
  );

  const { saving, general, save } = useFormSave(form, (error) => splitApiError(error, FIELDS));
  const cancel = useGuardedCancel(onCancel);

  async function submit(values: PlanValues): Promise<void> {
    await save(
      () =>
        plan
          ? call('plans.update', {
              id: plan.id,
              title: values.title,
              status: values.status,
              adoptedMeetingId: plan.adoptedMeetingId,
              priorityVillageCodes: values.priorityVillageCodes,
            })
          : call('plans.create', {
              areaCode: values.areaCode ?? '',
              year: Number(values.year),
              title: values.title,
              status: values.status,
              priorityVillageCodes: values.priorityVillageCodes,
            }),
      onSaved,
    );
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="sm">
        {plan ? null : (
          <Group grow align="flex-start">
            <RemoteSelect
              label={t('plans.area')}
              required
              search={searchAnyArea}
              resolve={resolveArea}
              value={form.values.areaCode}
              error={form.errors.areaCode}
              onChange={(code) => {
                form.setFieldValue('areaCode', code);
                form.setFieldValue('priorityVillageCodes', []);
              }}
            />
            <NumberInput
              label={t('plans.year')}
              required
              min={2000}
              max={2100}
              allowDecimal={false}
              {...form.getInputProps('year')}
            />
          </Group>
        )}
        <TextInput
          label={t('plans.titleLabel')}
          placeholder={t('plans.titlePlaceholder')}
          required
          data-autofocus
          {...form.getInputProps('title')}
        />
        <RemoteMultiSelect
          label={t('plans.priorityVillages')}
          description={t('plans.priorityVillagesHint')}
          placeholder={t('area.typeToSearch')}
          disabled={!areaCode}
          search={searchVillages}
          resolve={resolveArea}
          value={form.values.priorityVillageCodes}
          error={form.errors.priorityVillageCodes}
          onChange={(codes) => form.setFieldValue('priorityVillageCodes', codes)}
        />
        <Select
          label={t('plans.status')}
          allowDeselect={false}
          data={PLAN_STATUSES.map((value) => ({ value, label: t(`planStatus.${value}`) }))}
          {...form.getInputProps('status')}
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
