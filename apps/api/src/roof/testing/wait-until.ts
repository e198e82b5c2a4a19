/**
 * Polls `check` every `intervalMs` until it holds, instead of sleeping a fixed time that must cover the
 * slowest machine; throws, naming `what`, when it still does not hold after `timeoutMs`.
 */
export async function waitUntil({
  check,
  what,
  timeoutMs = 30_000,
  intervalMs = 50,
}: {
  check: () => boolean | Promise<boolean>;
  what: string;
  timeoutMs?: number;
  intervalMs?: number;
}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not within ${timeoutMs / 1000} s: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
