import { create } from 'zustand';

interface WorkspaceState {
  /** The minutes entry to focus once it appears (after Enter created it). */
  focusEntryId: string | null;
  /** An agenda item, minutes entry or decision to scroll to (a search result). */
  target: string | null;
  requestFocus(entryId: string | null): void;
  setTarget(id: string | null): void;
}

/**
 * Where the meeting workspace puts the cursor and the view; the meeting itself is read through the
 * query layer (`meetings.workspace`), which reads it again when the host reports a change to it.
 */
export const useMeetingWorkspace = create<WorkspaceState>((set) => ({
  focusEntryId: null,
  target: null,
  requestFocus(entryId) {
    set({ focusEntryId: entryId });
  },
  setTarget(target) {
    set({ target });
  },
}));
