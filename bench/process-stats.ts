import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
}

/** Current and peak (VmHWM) resident memory of one process, in MB. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  return { rssMb: statusField(pid, 'VmRSS'), peakMb: statusField(pid, 'VmHWM') };
}

/** CPU seconds (user + system) used so far by a process and, with `withChildren`, its live children (PostgreSQL's backends). */
export function cpuSecondsOf(pid: number, withChildren = false): number {
  const pids = withChildren ? [pid, ...childrenOf(pid)] : [pid];
  let ticks = 0;
  for (const each of pids) {
    try {
      const fields = statFields(each);
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/** /proc/<pid>/stat after the command name: fields[1] is the parent pid, [11] and [12] utime and stime. */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function childrenOf(parent: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (Number(statFields(Number(entry))[1]) === parent) children.push(Number(entry));
    } catch {
      // gone
    }
  }
  return children;
}

/** Samples a process's RSS while a run goes on, and the CPU share of it (and of PostgreSQL) over the run. */
export function startSampling(apiPid: number, postgresPid?: number): () => { rssPeakMb: number; hwmMb: number; apiCpuPct: number; postgresCpuPct?: number } {
  const started = performance.now();
  const apiCpu = cpuSecondsOf(apiPid);
  const postgresCpu = postgresPid ? cpuSecondsOf(postgresPid, true) : 0;
  let rssPeakMb = memoryOf(apiPid).rssMb;
  const timer = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, memoryOf(apiPid).rssMb)), 250);
  return () => {
    clearInterval(timer);
    const seconds = (performance.now() - started) / 1000;
    const percent = (cpu: number) => Math.round((cpu / seconds) * 100);
    return {
      rssPeakMb: Math.max(rssPeakMb, memoryOf(apiPid).rssMb),
      hwmMb: memoryOf(apiPid).peakMb,
      apiCpuPct: percent(cpuSecondsOf(apiPid) - apiCpu),
      postgresCpuPct: postgresPid ? percent(cpuSecondsOf(postgresPid, true) - postgresCpu) : undefined,
    };
  };
}
