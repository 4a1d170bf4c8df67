import { Skeleton, Stack } from '@mantine/core';
import { startTransition, useEffect, useState } from 'react';
import type { MeetingWorkspace } from '../../../../../shared/domain/meetings';
import { MeetingFilesPanel } from '../../../meeting-files/MeetingFilesPanel';
import { AttendancePanel, DRAW_IN_PARTS_FROM } from './AttendancePanel';
import { CommitmentsPanel } from './CommitmentsPanel';
import { MinutesPanel } from './MinutesPanel';
import { FOLD_FROM_ENTRIES } from './useFoldedSections';

/** Nothing yet; attendance; the minutes; commitments and files. */
const STAGES = 3;

/**
 * The conduct tab (Pelaksanaan): attendance, minutes, commitments, files. A large meeting's tab
 * is drawn one part per task (as a transition, which React may also split), so that opening it
 * never holds the window for long: the workspace arrives in one read, and drawn at once a meeting
 * of 83 participants and 26 agenda items took one task of 250 ms on a slow machine.
 */
export function ConductTab({ workspace, locked }: { workspace: MeetingWorkspace; locked: boolean }) {
  const large = workspace.minutes.length >= FOLD_FROM_ENTRIES || workspace.participants.length >= DRAW_IN_PARTS_FROM;
  // Even the attendance comes as a transition, whose drawing React splits into short slices.
  const [stage, setStage] = useState(large ? 0 : STAGES);
  useEffect(() => {
    if (stage >= STAGES) return;
    const timer = setTimeout(() => startTransition(() => setStage((current) => current + 1)), 0);
    return () => clearTimeout(timer);
  }, [stage]);

  return (
    <Stack gap="lg">
      {stage >= 1 ? <AttendancePanel workspace={workspace} locked={locked} /> : <Skeleton height={240} />}
      {stage >= 2 ? <MinutesPanel workspace={workspace} locked={locked} /> : <Skeleton height={240} />}
      {stage >= 3 ? (
        <>
          <CommitmentsPanel workspace={workspace} locked={locked} />
          <MeetingFilesPanel workspace={workspace} locked={locked} />
        </>
      ) : null}
    </Stack>
  );
}
