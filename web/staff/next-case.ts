/**
 * "Next case in this queue" (issue 13 §4): the queue or inbox last shown is remembered (ids only, for
 * this tab), so after an action the next case is one key press away — N, outside a form field.
 */
const QUEUE_IDS = 'cm.queueIds';

export const rememberQueue = (ids: string[]): void => sessionStorage.setItem(QUEUE_IDS, JSON.stringify(ids));

export function nextInQueue(caseId: string): string | null {
  let ids: unknown;
  try {
    ids = JSON.parse(sessionStorage.getItem(QUEUE_IDS) ?? '[]');
  } catch {
    return null;
  }
  if (!Array.isArray(ids)) return null;
  const i = ids.indexOf(caseId);
  return i >= 0 && typeof ids[i + 1] === 'string' ? ids[i + 1] : null;
}

/** N opens the next case wherever its link is shown, unless the person is typing. */
export function listenForNextKey(): void {
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'n' && e.key !== 'N') return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    document.getElementById('next-case')?.click();
  });
}
