import { create } from 'zustand';
import type { MeetingWorkspace } from '../../shared/domain/meetings';
import type { Message } from '../../shared/api/result';
import { call, onChange } from '../api/client';

interface WorkspaceState {
  id: string | null;
  workspace: MeetingWorkspace | null;
  error: Message | null;
  /** The minutes entry to focus once it appears (after Enter created it). */
  focusEntryId: string | null;
  /** An agenda item, minutes entry or decision to scroll to (a search result). */
  target: string | null;
  open(id: string): Promise<void>;
  close(): void;
  reload(): Promise<void>;
  requestFocus(entryId: string | null): void;
  setTarget(id: string | null): void;
}

let sequence = 0;

/** The meeting open in the workspace: loaded in one call, reloaded when the host reports a change. */
export const useMeetingWorkspace = create<WorkspaceState>((set, get) => ({
  id: null,
  workspace: null,
  error: null,
  focusEntryId: null,
  target: null,
  async open(id) {
    if (get().id !== id) set({ id, workspace: null, error: null });
    await get().reload();
  },
  close() {
    set({ id: null, workspace: null, error: null });
  },
  async reload() {
    const id = get().id;
    if (!id) return;
    const seq = ++sequence;
    const result = await call('meetings.workspace', { id });
    if (seq !== sequence || get().id !== id) return;
    if (result.ok) set({ workspace: result.value, error: null });
    else set({ error: result.error.message });
  },
  requestFocus(entryId) {
    set({ focusEntryId: entryId });
  },
  setTarget(target) {
    set({ target });
  },
}));

// Autosave writes many times a minute; coalesce the reloads they announce.
let pending: ReturnType<typeof setTimeout> | null = null;
onChange((event) => {
  if (!useMeetingWorkspace.getState().id) return;
  if (!event.entities.some((e) => e === 'meetings' || e === 'people' || e === 'institutions')) return;
  if (pending) clearTimeout(pending);
  pending = setTimeout(() => {
    pending = null;
    void useMeetingWorkspace.getState().reload();
  }, 150);
});
