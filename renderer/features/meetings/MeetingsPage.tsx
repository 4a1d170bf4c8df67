import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  SegmentedControl,
  Select,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconCopy, IconPlus, IconTrash, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { MEETING_KINDS, type MeetingKind, type MeetingListItem } from '../../../shared/domain/meetings';
import { formatTimeId } from '../../../shared/format/dates';
import { formatDayDate } from '../../format/dates';
import { call } from '../../api/client';
import { meetingPath } from '../../app/routes';
import { ConfirmDelete } from '../../components/ConfirmDelete';
import { ListState } from '../../components/ListState';
import { PageHeader } from '../../components/PageHeader';
import { Paginator } from '../../components/Paginator';
import { RemoteSelect } from '../../components/RemoteSelect';
import { SearchBox } from '../../components/SearchBox';
import { resolveArea, searchAnyArea } from '../../components/pickers';
import { notifyFailure, notifySuccess } from '../../hooks/notify';
import { useMeetingsList } from '../../stores/meetings';
import { useSettings } from '../../stores/settings';
import { MeetingForm } from './MeetingForm';
import { STATUS_COLORS } from './status-colors';
import { filtersForView, MEETING_VIEWS, type MeetingView } from './views';
import { GuardedModal } from '../../components/FormGuard';
import { SampleMark } from '../../components/sample';
import { OfficeSelect } from '../offices/OfficeSelect';
import { OriginLine } from '../../components/OriginLine';

export default function MeetingsPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const office = useSettings()?.office;
  const { filters, page: query, setFilters } = useMeetingsList();
  const page = query.data;
  const [view, setView] = useState<MeetingView>('all');
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<MeetingListItem | null>(null);

  function changeView(next: MeetingView): void {
    setView(next);
    setFilters(filtersForView(next));
  }

  async function startFromTemplate(template: MeetingListItem): Promise<void> {
    const result = notifyFailure(await call('meetings.duplicate', { id: template.id, asTemplate: false }));
    if (result.ok) {
      notifySuccess(t('meetings.fromTemplate', { title: template.title }));
      navigate(meetingPath(result.value.id));
    }
  }

  const filtered = Boolean(filters.query || filters.kind || filters.areaCode || filters.officeId) || view !== 'all';
  const templates = view === 'templates';
  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            {t('meetings.new')}
          </Button>
        }
      />
      <SegmentedControl
        mb="sm"
        value={view}
        onChange={(value) => changeView(value as MeetingView)}
        data={MEETING_VIEWS.map((value) => ({ value, label: t(`meetings.view.${value}`) }))}
      />
      <Group gap="xs" mb="sm" wrap="wrap">
        <SearchBox value={filters.query ?? ''} onSearch={(text) => setFilters({ query: text })} w={260} />
        <Select
          aria-label={t('meetings.filterKind')}
          placeholder={t('meetings.filterKind')}
          clearable
          data={MEETING_KINDS.map((value) => ({ value, label: t(`meetingKind.${value}`) }))}
          value={filters.kind ?? null}
          onChange={(kind) => setFilters({ kind: (kind as MeetingKind | null) ?? undefined })}
          w={210}
        />
        <RemoteSelect
          aria-label={t('meetings.filterArea')}
          placeholder={t('meetings.filterArea')}
          search={searchAnyArea}
          resolve={resolveArea}
          value={filters.areaCode ?? null}
          onChange={(code) => setFilters({ areaCode: code ?? undefined })}
          w={230}
        />
        <OfficeSelect value={filters.officeId} onChange={(officeId) => setFilters({ officeId })} />
      </Group>

      <ListState
        query={query}
        total={page?.total}
        filtered={filtered}
        emptyText={t('meetings.empty')}
        icon={<IconUsersGroup size={32} />}
      />
      {page && page.total > 0 ? (
        <>
          <Table striped highlightOnHover className="sirakor-table" aria-label={t('meetings.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={200}>{t('meetings.date')}</Table.Th>
                <Table.Th>{t('meeting.title')}</Table.Th>
                <Table.Th>{t('meetings.areas')}</Table.Th>
                <Table.Th w={150}>{t('meetings.filterStatus')}</Table.Th>
                <Table.Th w={60}>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page.items.map((meeting) => (
                <Table.Tr key={meeting.id}>
                  <Table.Td>
                    <Text size="sm">{formatDayDate(meeting.date)}</Text>
                    <Text size="xs" c="dimmed">
                      {formatTimeId(meeting.startTime, meeting.timeZone)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} href={meetingPath(meeting.id)} size="sm" fw={500}>
                      {meeting.title}
                    </Anchor>
                    <SampleMark id={meeting.id} />
                    <OriginLine origin={meeting.origin} />
                    <Text size="xs" c="dimmed">
                      {[t(`meetingKind.${meeting.kind}`), meeting.venue].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>{meeting.areas.map((a) => a.name).join(', ')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLORS[meeting.status]}>
                      {templates ? t('meetings.template') : t(`meetingStatus.${meeting.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {templates ? (
                      <Tooltip label={t('meetings.useTemplate')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={`${t('meetings.useTemplate')} ${meeting.title}`}
                          onClick={() => void startFromTemplate(meeting)}
                        >
                          <IconCopy size={16} />
                        </ActionIcon>
                      </Tooltip>
                    ) : meeting.status === 'approved' || meeting.origin ? null : (
                      <Tooltip label={t('common.delete')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`${t('common.delete')} ${meeting.title}`}
                          onClick={() => setDeleting(meeting)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Paginator
            total={page.total}
            limit={filters.limit ?? 50}
            offset={filters.offset ?? 0}
            onOffset={(offset) => setFilters({ offset })}
          />
        </>
      ) : null}

      <GuardedModal opened={creating} onClose={() => setCreating(false)} title={t('meetings.new')} size="xl">
        {creating ? (
          <MeetingForm
            meeting={null}
            defaultAreaCode={office?.desaCode ?? office?.kecamatanCode ?? office?.kabupatenCode ?? null}
            onCancel={() => setCreating(false)}
            onSaved={(saved) => {
              setCreating(false);
              notifySuccess(t('meetings.saved', { title: saved.title }));
              navigate(meetingPath(saved.id));
            }}
          />
        ) : null}
      </GuardedModal>
      <ConfirmDelete
        name={deleting?.title ?? null}
        onClose={() => setDeleting(null)}
        onConfirm={() => call('meetings.delete', { id: deleting?.id ?? '' })}
      />
    </>
  );
}
