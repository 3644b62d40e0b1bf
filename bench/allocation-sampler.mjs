// Preloaded into the server to see what it allocates, collected objects included (a `--heap-prof` profile keeps
// only what is still alive): BENCH_SERVER_NODE_ARGS="--import ./bench/allocation-sampler.mjs". Each process
// writes <pid>.heapprofile into work/alloc beside this file after ALLOCATION_SAMPLE_SECONDS (15: start,
// warm-up and most of one measured run); summarise one with bench/profile-summary.ts.
// ALLOCATION_SAMPLE_SURVIVORS=1 leaves out what a scavenge collected: what is left is what lived long enough to be
// promoted to the old generation (or is still alive), the allocations that make mark-compacts necessary.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

// Beside this file, whatever directory the server was started from.
const outDir = new URL('./work/alloc/', import.meta.url);

const session = new Session();
session.connect();
const start = () =>
  session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: process.env.ALLOCATION_SAMPLE_SURVIVORS !== '1',
  });
// ALLOCATION_SAMPLE_AFTER_SECONDS leaves the start (module loading, compiling) out of the profile.
const after = Number(process.env.ALLOCATION_SAMPLE_AFTER_SECONDS ?? 0) * 1000;
if (after > 0) setTimeout(start, after).unref();
else start();
const timer = setTimeout(
  () => {
    session.post('HeapProfiler.stopSampling', (error, result) => {
      if (error) return;
      mkdirSync(outDir, { recursive: true });
      writeFileSync(new URL(`${process.pid}.heapprofile`, outDir), JSON.stringify(result.profile));
    });
  },
  Number(process.env.ALLOCATION_SAMPLE_SECONDS ?? 15) * 1000,
);
timer.unref();
