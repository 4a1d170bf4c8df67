import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { FundingSource } from '../../../../shared/domain/plans';
import { call } from '../../../api/client';
import { catalogueFormErrors } from './form-errors';
import { useFormSave } from '../../../hooks/useFormSave';
import { useGuardedCancel } from '../../../components/FormGuard';

interface SourceValues {
  code: string;
  name: string;
  parentId: string | null;
}

const FIELDS = ['code', 'name', 'parentId'] as const;

/** Adds or edits a funding source; a source may sit under one top-level source (BOK under DAK Nonfisik). */
export function FundingSourceForm({
  source,
  sources,
  onSaved,
  onCancel,
}: {
  source: FundingSource | null;
  /** Every source, for the choice of parent. */
  sources: readonly FundingSource[];
  onSaved: (saved: FundingSource) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<SourceValues>({
    initialValues: { code: source?.code ?? '', name: source?.name ?? '', parentId: source?.parentId ?? null },
  });
  // Sources nest one level: a parent is a top-level source other than this one.
  const parents = sources.filter((s) => s.parentId === null && s.id !== source?.id);

  const { saving, general, save } = useFormSave(form, (error) => catalogueFormErrors(error, FIELDS));
  const cancel = useGuardedCancel(onCancel);

  async function submit(values: SourceValues): Promise<void> {
    await save(
      () =>
        source ? call('fundingSources.update', { ...values, id: source.id }) : call('fundingSources.create', values),
      onSaved,
    );
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="sm">
        {source?.isSeeded ? (
          <Alert color="indigo" variant="light">
            {t('catalogue.seededNote')}
          </Alert>
        ) : null}
        <TextInput label={t('catalogue.sources.name')} required data-autofocus {...form.getInputProps('name')} />
        <SimpleGrid cols={2}>
          <TextInput
            label={t('catalogue.sources.code')}
            description={t('catalogue.sources.codeHint')}
            required
            {...form.getInputProps('code')}
          />
          <Select
            label={t('catalogue.sources.parent')}
            description={t('catalogue.sources.parentHint')}
            placeholder={t('catalogue.sources.noParent')}
            clearable
            data={parents.map((s) => ({ value: s.id, label: s.name }))}
            {...form.getInputProps('parentId')}
          />
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
