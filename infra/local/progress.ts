/**
 * Progress of `npm run bench` on stderr: which phase of how many, how far it is, and an estimate of
 * the time left (from the pace so far), at most every two seconds and at least every five, so a long
 * run never looks stuck.
 */
const started = performance.now();
let phases = 0;
let current = 0;

const secs = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** Declares how many phases the run has (for "[3/9]"). */
export function planPhases(n: number): void {
  phases = n;
}

export interface Phase {
  /** Counts `n` more units of work done. */
  tick(n?: number): void;
  done(note?: string): void;
}

/** Starts a phase; `total` units of work if known (then the line shows how far and the time left). */
export function phase(name: string, total?: number): Phase {
  current++;
  const t0 = performance.now();
  const tag = `bench [${current}/${phases || '?'}] ${name}`;
  let n = 0;
  let last = 0;
  process.stderr.write(`${tag}…\n`);
  const report = () => {
    const elapsed = performance.now() - t0;
    const left = total && n > 0 ? (elapsed / n) * (total - n) : undefined;
    process.stderr.write(
      `${tag}: ${total ? `${n}/${total} (${Math.floor((n / total) * 100)}%)` : `${n} done`}, ${secs(elapsed)}` +
        `${left === undefined ? '' : `, about ${secs(left)} left`}\n`,
    );
  };
  // A line every five seconds even when no unit completes (a long write, a drain).
  const beat = setInterval(() => {
    if (performance.now() - last >= 5_000) {
      last = performance.now();
      report();
    }
  }, 5_000);
  beat.unref();
  return {
    tick(k = 1) {
      n += k;
      const now = performance.now();
      if (now - last >= 2_000) {
        last = now;
        report();
      }
    },
    done(note) {
      clearInterval(beat);
      process.stderr.write(
        `${tag}: done in ${secs(performance.now() - t0)}${note ? ` (${note})` : ''}; run so far ${secs(performance.now() - started)}\n`,
      );
    },
  };
}
