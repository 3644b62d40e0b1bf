// `npm run bench:instructions -- R5 [requests]`: the instructions the server's own process executes per request,
// counted by valgrind's callgrind. This machine's speed moves req/s and CPU ms by 15-60 % from one hour to the
// next; an instruction count does not move with it, so two commits measured hours apart still compare. What it
// leaves out: the kernel's share (socket writes: ~30-40 % of the server's CPU in the profiles) and PostgreSQL.
//
// Reuses the database and tokens `npm run bench` loaded. Starts the production server (one process) twice
// under callgrind, side by side: once only to start and stop, once to also answer 20 warm-up requests and then
// the given number one at a time; the difference divided by the requests is the cost of one.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { benchDatabaseUrl, deleteCreatedParts } from './lib/database';
import { capture, run } from './lib/exec';
import type { HttpRequest } from './lib/load-tool';
import { measuredCommit } from './lib/machine';
import { WORK_DIR } from './lib/paths';
import { SCENARIOS } from './lib/scenarios';
import { type RunningServer, startServer } from './lib/server';
import { readLoadedUsers } from './load';

const WARM_UP_REQUESTS = 20;
const VALGRIND_STARTUP_TIMEOUT_MS = 600_000;

function usage(): never {
  console.error('usage: npm run bench:instructions -- R1|R2|R3|R4|R5 [requests, default 2000]');
  process.exit(2);
}

/** The server under callgrind, its counts written to `outFile` when it exits. */
function startCounted(databaseUrl: string, name: string, outFile: string): Promise<RunningServer> {
  return startServer({
    databaseUrl,
    poolSize: 4,
    nodeArgs: ['--max-old-space-size=128'],
    // JIT-compiled code is rewritten in memory: valgrind must check every page it runs, not only the stack.
    wrapper: ['valgrind', '--tool=callgrind', '--smc-check=all-non-file', `--callgrind-out-file=${outFile}`],
    env: { WEB_CONCURRENCY: '1' },
    logName: `${name}.log`,
    startupTimeoutMs: VALGRIND_STARTUP_TIMEOUT_MS,
  });
}

/** The total instruction count callgrind wrote at exit. */
function totalInstructions(outFile: string): number {
  const total = /^totals:\s+(\d+)/m.exec(readFileSync(outFile, 'utf8'))?.[1];
  if (!total) throw new Error(`no totals in ${outFile}`);
  return Number(total);
}

async function send(baseUrl: string, request: HttpRequest, expectedStatus: number): Promise<void> {
  const res = await fetch(baseUrl + request.path, {
    method: request.method,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  await res.arrayBuffer();
  if (res.status !== expectedStatus) {
    throw new Error(`${request.method} ${request.path} answered ${res.status}, not ${expectedStatus}`);
  }
}

async function main(): Promise<void> {
  const [id, count = '2000'] = process.argv.slice(2);
  const scenario = SCENARIOS.find((s) => s.id === id?.toUpperCase());
  const requestCount = Number(count);
  if (!scenario || !Number.isInteger(requestCount) || requestCount < 100) usage();
  await capture('valgrind', ['--version']).catch(() => {
    throw new Error('valgrind is not installed (apt-get install -y valgrind)');
  });
  const users = readLoadedUsers();
  const databaseUrl = benchDatabaseUrl();
  const commit = await measuredCommit();

  console.log('== Building the server (npm run build)');
  await run('npm', ['run', 'build', '--silent']);
  const outFile = (name: string) => path.join(WORK_DIR, `callgrind.${name}.out`);
  console.log('== Starting the server twice under callgrind (a few minutes)');
  const [idle, busy] = await Promise.all([
    startCounted(databaseUrl, 'instructions-idle', outFile('idle')),
    startCounted(databaseUrl, 'instructions-busy', outFile('busy')),
  ]);
  try {
    const requests = scenario.requests(users);
    const at = (i: number) => requests[i % requests.length] as HttpRequest;
    await idle.stop();
    for (let i = 0; i < WARM_UP_REQUESTS; i++) await send(busy.baseUrl, at(i), scenario.expectedStatus);
    console.log(`== ${requestCount} ${scenario.id} requests, one at a time`);
    for (let i = 0; i < requestCount; i++) await send(busy.baseUrl, at(i), scenario.expectedStatus);
  } finally {
    await Promise.all([idle.stop(), busy.stop()]);
    if (scenario.id === 'R3') await deleteCreatedParts(databaseUrl);
  }
  const startOnly = totalInstructions(outFile('idle'));
  const withRequests = totalInstructions(outFile('busy'));
  const perRequest = (withRequests - startOnly) / (requestCount + WARM_UP_REQUESTS);
  const millions = (n: number) => `${(n / 1e6).toFixed(0)} M instructions`;
  const line = (label: string, value: string) => console.log(`${label.padEnd(40)}${value}`);
  console.log(`\n${scenario.id} ${scenario.title}, commit ${commit}`);
  line('start and stop', millions(startOnly));
  line(`with ${requestCount + WARM_UP_REQUESTS} requests`, millions(withRequests));
  line("per request (the server's own process)", `${(perRequest / 1e6).toFixed(3)} M instructions`);
  // The first requests also pay for compiling the route's code: compare runs of the same length.
  console.log(
    `Start-up alone varies by ~1 % between runs (±${Math.round(startOnly / 100 / requestCount / 1000)} k instructions per request here); ` +
      'compare runs with the same number of requests.',
  );
  for (const name of ['idle', 'busy']) rmSync(outFile(name), { force: true });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
