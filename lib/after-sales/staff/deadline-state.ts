/** "close" = under 24 h left; "late" = past the deadline (Agreement 4.5: 3 days; Privacy Policy 10: 10 days). */
export type DeadlineState = 'none' | 'ok' | 'close' | 'late';

const CLOSE_TO_DEADLINE_MS = 24 * 3_600_000;

/** Only what is still waiting has a deadline that matters; `open` false → 'none'. */
export function deadlineState(dueAt: Date | null, now: Date, open = true): DeadlineState {
  if (!dueAt || !open) return 'none';
  const left = dueAt.getTime() - now.getTime();
  if (left <= 0) return 'late';
  return left < CLOSE_TO_DEADLINE_MS ? 'close' : 'ok';
}
