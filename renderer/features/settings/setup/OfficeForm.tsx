import { Alert, Button, SegmentedControl, Select, Stack, Textarea, TextInput, Input } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../../shared/domain/areas';
import { HOST_LEVELS, type HostLevel } from '../../../../shared/domain/meetings';
import type { OfficeIdentity } from '../../../../shared/domain/settings';
import { call } from '../../../api/client';
import { useApiQuery } from '../../../api/queries';
import { RemoteSelect } from '../../../components/RemoteSelect';
import { resolveArea, searchAreas } from '../../../components/pickers';
import { splitApiError } from '../../../hooks/api-errors';
import { useFormSave } from '../../../hooks/useFormSave';

interface OfficeValues {
  level: HostLevel;
  kabupatenCode: string | null;
  kecamatanCode: string | null;
  desaCode: string | null;
  officeName: string;
  address: string;
}

const searchKabupaten = searchAreas({ level: 'kabupaten' });

const FIELDS = ['level', 'kabupatenCode', 'kecamatanCode', 'desaCode', 'officeName', 'address'] as const;

/** The usual name of the office at each level, offered until the user types their own. */
function suggestedOfficeName(
  level: HostLevel,
  kabupaten: string | null,
  kecamatan: Area | null,
  desa: Area | null,
): string {
  if (level === 'desa' && desa) return `${desa.kind === 'kelurahan' ? 'Kantor Lurah' : 'Kantor Desa'} ${desa.name}`;
  if (level === 'kecamatan' && kecamatan) return `Kantor Camat ${kecamatan.name}`;
  if (level === 'kabupaten' && kabupaten) return `Sekretariat TPPS ${kabupaten}`;
  return '';
}

function useChildren(code: string | null): Area[] {
  const children = useApiQuery('areas.children', { code: code ?? '' }, { enabled: code !== null });
  return (code && children.data) || [];
}

export function OfficeForm({
  initial,
  submitLabel,
  onSaved,
}: {
  initial: OfficeIdentity | null;
  submitLabel: string;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const [kabupatenName, setKabupatenName] = useState<string | null>(null);
  const nameEdited = useRef(Boolean(initial));
  const form = useForm<OfficeValues>({
    initialValues: {
      level: initial?.level ?? 'kecamatan',
      kabupatenCode: initial?.kabupatenCode ?? null,
      kecamatanCode: initial?.kecamatanCode ?? null,
      desaCode: initial?.desaCode ?? null,
      officeName: initial?.officeName ?? '',
      address: initial?.address ?? '',
    },
  });
  const { level, kabupatenCode, kecamatanCode, desaCode } = form.values;
  const kecamatanList = useChildren(kabupatenCode);
  const desaList = useChildren(level === 'desa' ? kecamatanCode : null);

  const kecamatan = kecamatanList.find((a) => a.code === kecamatanCode) ?? null;
  const desa = desaList.find((a) => a.code === desaCode) ?? null;
  const suggestion = suggestedOfficeName(level, kabupatenName, kecamatan, desa);
  useEffect(() => {
    if (!nameEdited.current && suggestion) form.setFieldValue('officeName', suggestion);
    // Only the suggestion drives this; `form` is a stable helper object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [suggestion]);

  const { saving, general, save } = useFormSave(form, (error) => splitApiError(error, FIELDS, 'office.'));

  async function submit(values: OfficeValues): Promise<void> {
    await save(
      () =>
        call('settings.update', {
          office: {
            level: values.level,
            kabupatenCode: values.kabupatenCode ?? '',
            kecamatanCode: values.level === 'kabupaten' ? null : values.kecamatanCode,
            desaCode: values.level === 'desa' ? values.desaCode : null,
            officeName: values.officeName,
            address: values.address,
          },
        }),
      () => onSaved(),
    );
  }

  const areaOptions = (areas: Area[]) =>
    areas.map((a) => ({ value: a.code, label: a.kind ? `${a.name} (${t(`areaKind.${a.kind}`)})` : a.name }));

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack gap="sm">
        <Input.Wrapper label={t('setup.level')}>
          <SegmentedControl
            fullWidth
            data={HOST_LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
            {...form.getInputProps('level')}
          />
        </Input.Wrapper>
        <RemoteSelect
          label={t('setup.kabupaten')}
          placeholder={t('setup.kabupatenPlaceholder')}
          required
          search={searchKabupaten}
          resolve={resolveArea}
          value={kabupatenCode}
          error={form.errors.kabupatenCode}
          onChange={(code, option) => {
            form.setFieldValue('kabupatenCode', code);
            form.setFieldValue('kecamatanCode', null);
            form.setFieldValue('desaCode', null);
            setKabupatenName(option?.label ?? null);
          }}
        />
        {level !== 'kabupaten' ? (
          <Select
            label={t('setup.kecamatan')}
            placeholder={t('setup.kecamatanPlaceholder')}
            required
            searchable
            disabled={!kabupatenCode}
            data={areaOptions(kecamatanList)}
            value={kecamatanCode}
            error={form.errors.kecamatanCode}
            onChange={(code) => {
              form.setFieldValue('kecamatanCode', code);
              form.setFieldValue('desaCode', null);
            }}
          />
        ) : null}
        {level === 'desa' ? (
          <Select
            label={t('setup.desa')}
            placeholder={t('setup.desaPlaceholder')}
            required
            searchable
            disabled={!kecamatanCode}
            data={areaOptions(desaList)}
            value={desaCode}
            error={form.errors.desaCode}
            onChange={(code) => form.setFieldValue('desaCode', code)}
          />
        ) : null}
        <TextInput
          label={t('setup.officeName')}
          placeholder={t('setup.officeNamePlaceholder')}
          required
          {...form.getInputProps('officeName')}
          onChange={(event) => {
            nameEdited.current = true;
            form.setFieldValue('officeName', event.currentTarget.value);
          }}
        />
        <Textarea label={t('setup.address')} autosize minRows={2} {...form.getInputProps('address')} />
        {general ? <Alert color="red">{general}</Alert> : null}
        <Button type="submit" loading={saving}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
