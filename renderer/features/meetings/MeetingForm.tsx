import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { TIME_ZONES, timeZoneOfCode, type TimeZone } from '../../../shared/domain/areas';
import {
  HOST_LEVELS,
  MEETING_KINDS,
  type HostLevel,
  type Meeting,
  type MeetingKind,
} from '../../../shared/domain/meetings';
import { call } from '../../api/client';
import { ClockInput } from '../../components/ClockInput';
import { DateField, dateFieldProblem } from '../../components/DateField';
import { useGuardedCancel } from '../../components/FormGuard';
import { RemoteMultiSelect } from '../../components/RemoteMultiSelect';
import { RemoteSelect } from '../../components/RemoteSelect';
import { resolveArea, resolvePerson, searchAnyArea, searchPeople } from '../../components/pickers';
import { splitApiError } from '../../hooks/api-errors';
import { useFormSave } from '../../hooks/useFormSave';

interface MeetingValues {
  title: string;
  kind: MeetingKind;
  hostLevel: HostLevel;
  areaCodes: string[];
  date: string | null;
  startTime: string;
  endTime: string;
  timeZone: TimeZone | null;
  venue: string;
  chairPersonId: string | null;
  chairRole: string;
  minuteTakerPersonId: string | null;
  invitationNumber: string;
}

const FIELDS = [
  'title',
  'kind',
  'hostLevel',
  'areaCodes',
  'date',
  'startTime',
  'endTime',
  'timeZone',
  'venue',
  'chairPersonId',
  'chairRole',
  'minuteTakerPersonId',
  'invitationNumber',
] as const;

export function MeetingForm({
  meeting,
  defaultAreaCode,
  onSaved,
  onCancel,
}: {
  meeting: Meeting | null;
  defaultAreaCode: string | null;
  onSaved: (saved: Meeting) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<MeetingValues>({
    initialValues: {
      title: meeting?.title ?? '',
      kind: meeting?.kind ?? 'rakor_tpps',
      hostLevel: meeting?.hostLevel ?? 'kecamatan',
      areaCodes: meeting ? meeting.areas.map((a) => a.code) : defaultAreaCode ? [defaultAreaCode] : [],
      date: meeting?.date ?? null,
      startTime: meeting?.startTime ?? '09:00',
      endTime: meeting?.endTime ?? '',
      timeZone: meeting?.timeZone ?? null,
      venue: meeting?.venue ?? '',
      chairPersonId: meeting?.chairPersonId ?? null,
      chairRole: meeting?.chairRole ?? '',
      minuteTakerPersonId: meeting?.minuteTakerPersonId ?? null,
      invitationNumber: meeting?.invitationNumber ?? '',
    },
    validate: { date: dateFieldProblem },
  });
  const cancel = useGuardedCancel(onCancel);
  const values = form.values;
  const autoZone = values.areaCodes[0] ? timeZoneOfCode(values.areaCodes[0]) : null;

  const { saving, general, save } = useFormSave(form, (error) => splitApiError(error, FIELDS));

  async function submit(input: MeetingValues): Promise<void> {
    const payload = {
      ...input,
      date: input.date ?? '',
      endTime: input.endTime || null,
      timeZone: input.timeZone ?? undefined,
    };
    await save(
      () => (meeting ? call('meetings.update', { ...payload, id: meeting.id }) : call('meetings.create', payload)),
      onSaved,
    );
  }

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('meeting.title')}
          placeholder={t('meeting.titlePlaceholder')}
          required
          data-autofocus
          {...form.getInputProps('title')}
        />
        <SimpleGrid cols={2}>
          <Select
            label={t('meeting.kind')}
            required
            allowDeselect={false}
            data={MEETING_KINDS.map((value) => ({ value, label: t(`meetingKind.${value}`) }))}
            {...form.getInputProps('kind')}
          />
          <Select
            label={t('meeting.hostLevel')}
            required
            allowDeselect={false}
            data={HOST_LEVELS.map((value) => ({ value, label: t(`level.${value}`) }))}
            {...form.getInputProps('hostLevel')}
          />
        </SimpleGrid>
        <RemoteMultiSelect
          label={t('meeting.areas')}
          description={t('meeting.areasHint')}
          placeholder={t('area.typeToSearch')}
          required
          search={searchAnyArea}
          resolve={resolveArea}
          value={values.areaCodes}
          error={form.errors.areaCodes}
          onChange={(codes) => form.setFieldValue('areaCodes', codes)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <DateField
            label={t('meeting.date')}
            required
            valueFormat="dddd, D MMMM YYYY"
            placeholder="17/10/2025"
            value={values.date}
            error={form.errors.date}
            onChange={(date) => form.setFieldValue('date', date)}
          />
          <TextInput
            label={t('meeting.venue')}
            placeholder={t('meeting.venuePlaceholder')}
            {...form.getInputProps('venue')}
          />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <ClockInput
            label={t('meeting.startTime')}
            required
            value={values.startTime}
            error={form.errors.startTime}
            onChange={(time) => form.setFieldValue('startTime', time)}
          />
          <ClockInput
            label={t('meeting.endTime')}
            value={values.endTime}
            error={form.errors.endTime}
            onChange={(time) => form.setFieldValue('endTime', time)}
          />
          <Select
            label={t('meeting.timeZone')}
            placeholder={autoZone ? t('meeting.timeZoneAuto', { zone: autoZone }) : undefined}
            clearable
            data={[...TIME_ZONES]}
            {...form.getInputProps('timeZone')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <RemoteSelect
            label={t('meeting.chair')}
            placeholder={t('meeting.personPlaceholder')}
            search={searchPeople}
            resolve={resolvePerson}
            value={values.chairPersonId}
            error={form.errors.chairPersonId}
            onChange={(id) => form.setFieldValue('chairPersonId', id)}
          />
          <TextInput
            label={t('meeting.chairRole')}
            placeholder={t('meeting.chairRolePlaceholder')}
            {...form.getInputProps('chairRole')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <RemoteSelect
            label={t('meeting.minuteTaker')}
            placeholder={t('meeting.personPlaceholder')}
            search={searchPeople}
            resolve={resolvePerson}
            value={values.minuteTakerPersonId}
            error={form.errors.minuteTakerPersonId}
            onChange={(id) => form.setFieldValue('minuteTakerPersonId', id)}
          />
          <TextInput
            label={t('meeting.invitationNumber')}
            placeholder={t('meeting.invitationNumberPlaceholder')}
            {...form.getInputProps('invitationNumber')}
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
