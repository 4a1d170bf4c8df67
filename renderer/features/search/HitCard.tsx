import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { SearchArea, SearchHit } from '../../../shared/domain/follow-up';
import { formatClockId } from '../../../shared/format/dates';
import { formatDate } from '../../format/dates';
import { Snippet, snippetText } from './Snippet';

/** `Kec. Kelara`, `Desa Gantarang`, `Kel. Tolo`; a kabupaten's name says what it is. */
function areaName(area: SearchArea, t: TFunction): string {
  if (area.level === 'kecamatan') return t('search.area.kecamatan', { name: area.name });
  if (area.level === 'desa')
    return t(area.kind === 'kelurahan' ? 'search.area.kelurahan' : 'search.area.desa', { name: area.name });
  return area.name;
}

/**
 * Where a hit belongs, so hits of one title can be told apart: meetings and their parts by the
 * meeting's date and areas, commitments also by institution and due date, people by
 * institution, plan rows by plan year and area.
 */
export function hitContext(hit: SearchHit, t: TFunction): string[] {
  const parts: string[] = [];
  if (hit.meetingDate) {
    const date = formatDate(hit.meetingDate);
    // A meeting's own hit also names its hour: one title may be held twice a day.
    const at = hit.kind === 'meeting' && hit.meetingTime ? `${date}, ${formatClockId(hit.meetingTime)}` : date;
    parts.push(t('search.meetingOn', { date: at }));
  }
  if (hit.planYear) parts.push(t('search.planYear', { year: hit.planYear }));
  if (hit.areas.length > 0) parts.push(hit.areas.map((area) => areaName(area, t)).join(', '));
  if (hit.institution && hit.kind === 'person') parts.push(hit.institution);
  if (hit.dueDate) parts.push(t('search.due', { date: formatDate(hit.dueDate) }));
  return parts;
}

/** One hit: its kind, title, snippet and context; `similar` adds the "+N serupa" control. */
export function HitCard({
  hit,
  onOpen,
  similar,
  listed = false,
}: {
  hit: SearchHit;
  /** In a list of hits (the search box's): the hit is a list item. */
  listed?: boolean;
  onOpen: () => void;
  similar?: ReactNode;
}) {
  const { t } = useTranslation();
  const context = hitContext(hit, t);
  const where = hit.kind === 'meeting' ? null : (hit.meetingTitle ?? hit.planTitle);
  // A title that is the whole snippet (an agenda item, a plan row) is shown once, with its marks.
  const titleIsSnippet = snippetText(hit.snippet) === hit.title;
  return (
    <div className="sirakor-search-hit" data-kind={hit.kind} {...(listed ? { role: 'listitem' } : {})}>
      <UnstyledButton onClick={onOpen} p="xs" w="100%" className="sirakor-search-open">
        <Group gap="xs" wrap="nowrap">
          <Badge size="sm" variant="light" w={110} style={{ flexShrink: 0 }}>
            {t(`search.kinds.${hit.kind}`)}
          </Badge>
          {titleIsSnippet ? (
            <Snippet text={hit.snippet} asTitle />
          ) : (
            <Text size="sm" fw={500} lineClamp={1}>
              {hit.title}
            </Text>
          )}
        </Group>
        {titleIsSnippet || !hit.snippet ? null : <Snippet text={hit.snippet} />}
        <Text size="xs" c="dimmed" lineClamp={1} className="sirakor-search-context">
          {[...context, where].filter(Boolean).join(' · ')}
        </Text>
      </UnstyledButton>
      {similar}
    </div>
  );
}
