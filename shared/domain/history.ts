/** An entry of the append-only history, as shown in timelines (approval, unlock with reason…). */
export interface HistoryItem {
  id: number;
  at: string;
  entity: string;
  entityId: string;
  action: string;
  changes: unknown;
  reason: string | null;
}
