/** Run `work` when the browser is idle (soon in any case), so loading what comes after the first frame never delays it. */
export function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(() => work(), { timeout: 1500 });
  else setTimeout(work, 200);
}
