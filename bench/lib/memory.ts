import { readFileSync, writeFileSync } from 'node:fs';

/** A field of `/proc/<pid>/status` in bytes (`VmRSS`, `VmHWM`), or null when it cannot be read. */
function statusBytes({ pid, field }: { pid: number; field: 'VmRSS' | 'VmHWM' }): number | null {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(
      new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'),
    );
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Resident memory of a process right now, in bytes (0 when it cannot be read). */
export function residentBytes({ pid }: { pid: number }): number {
  return statusBytes({ pid, field: 'VmRSS' }) ?? 0;
}

/**
 * Watches the resident memory of another process (the API) from outside, so the figure includes
 * everything the process holds (V8 heap, buffers, native memory of fonts and PDFs) and the watching
 * costs the process nothing. Two sources, the larger one wins: the kernel's own high-water mark
 * (`VmHWM`, reset at the start by writing 5 to `/proc/<pid>/clear_refs`, which needs the right to
 * trace the process: the benchmark started it), which misses no spike, and `VmRSS` sampled every
 * `intervalMs` as a fallback where the reset is refused.
 */
export function watchMemory({ pid, intervalMs = 25 }: { pid: number; intervalMs?: number }) {
  const startBytes = residentBytes({ pid });
  let highWaterReset = false;
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    highWaterReset = true;
  } catch {
    // Not allowed here (another user's process, an old kernel): the samples alone count.
  }
  let sampledPeakBytes = startBytes;
  const sample = () => {
    const bytes = residentBytes({ pid });
    if (bytes > sampledPeakBytes) sampledPeakBytes = bytes;
  };
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  const highWater = () => (highWaterReset ? statusBytes({ pid, field: 'VmHWM' }) : null);
  return {
    startBytes,
    /** The peak so far, while watching goes on. */
    peakSoFar: () => Math.max(sampledPeakBytes, highWater() ?? 0),
    /** Stops watching: the peak while watched, and how it was known. */
    stop() {
      clearInterval(timer);
      sample();
      const highWaterBytes = highWater();
      return {
        startBytes,
        peakBytes: Math.max(sampledPeakBytes, highWaterBytes ?? 0),
        sampledPeakBytes,
        highWaterBytes,
        endBytes: residentBytes({ pid }),
      };
    },
  };
}

export const megabytes = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
