import { readdirSync, readFileSync } from 'node:fs';

/** Linux clock ticks per second (getconf CLK_TCK); 100 on every common kernel build. */
const CLOCK_TICKS_PER_SECOND = 100;

/** Fields after the command name in /proc/<pid>/stat (the name may contain spaces). */
function statFields(pid: number): string[] {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text.slice(text.lastIndexOf(')') + 2).split(' ');
}

const ticksToMs = (ticks: number) => (ticks * 1000) / CLOCK_TICKS_PER_SECOND;

/** User + system CPU time the process itself has used, in ms (utime, stime: fields 14 and 15). */
export function processCpuMs(pid: number): number {
  const f = statFields(pid);
  return ticksToMs(Number(f[11]) + Number(f[12]));
}

/** The pids whose parent is `parent`. */
export function childPids(parent: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(statFields(Number(entry))[1]) === parent) children.push(Number(entry));
    } catch {
      // Gone already.
    }
  }
  return children;
}

/** The server and its worker processes (one process, or a cluster primary and its workers). */
export function processTree(pid: number): number[] {
  return [pid, ...childPids(pid)];
}

/** CPU ms used so far by a process and its live children (a cluster's workers). */
export function processTreeCpuMs(pid: number): number {
  let total = 0;
  for (const member of processTree(pid)) {
    try {
      total += processCpuMs(member);
    } catch {
      // Exited meanwhile.
    }
  }
  return total;
}

/** The largest memory of any one process of the tree: the figure per worker. */
export function largestMemoryMb(pid: number): { rss: number; peak: number } {
  let largest = { rss: 0, peak: 0 };
  for (const member of processTree(pid)) {
    try {
      const memory = memoryMb(member);
      largest = { rss: Math.max(largest.rss, memory.rss), peak: Math.max(largest.peak, memory.peak) };
    } catch {
      // Exited meanwhile.
    }
  }
  return largest;
}

/** Resident set size now and its high-water mark (VmRSS, VmHWM), in MB. */
export function memoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Samples the RSS of a process and its workers at a fixed interval and keeps the largest one's peak. */
export function startRssSampler(pid: number, intervalMs = 100): { stop(): number } {
  let peak = 0;
  const sample = () => {
    try {
      peak = Math.max(peak, largestMemoryMb(pid).rss);
    } catch {
      // The process is gone; the peak so far stands.
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

/** CPU of this process plus its exited, reaped children (a finished wrk run), in ms. */
export function selfAndReapedChildrenCpuMs(): number {
  const f = statFields(process.pid);
  return ticksToMs(Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]));
}

/** CPU time all processes of the machine used so far (busy jiffies of /proc/stat), in ms summed over cores. */
export function machineBusyCpuMs(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  // cpu user nice system idle iowait irq softirq steal ...
  const [user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).slice(1).map(Number);
  return ticksToMs((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0));
}
