// Preloaded into the server to see what it allocates, collected objects included (a `--heap-prof` profile keeps
// only what is still alive): BENCH_SERVER_NODE_ARGS="--import ./bench/allocation-sampler.mjs". Each process
// writes bench/work/alloc/<pid>.heapprofile after ALLOCATION_SAMPLE_SECONDS (15: start, warm-up and most of one
// measured run); summarise one with bench/profile-summary.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

const session = new Session();
session.connect();
session.post('HeapProfiler.startSampling', {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
const timer = setTimeout(
  () => {
    session.post('HeapProfiler.stopSampling', (error, result) => {
      if (error) return;
      mkdirSync('bench/work/alloc', { recursive: true });
      writeFileSync(`bench/work/alloc/${process.pid}.heapprofile`, JSON.stringify(result.profile));
    });
  },
  Number(process.env.ALLOCATION_SAMPLE_SECONDS ?? 15) * 1000,
);
timer.unref();
