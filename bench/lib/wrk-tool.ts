import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { capture, findExecutable } from './exec';
import { type HttpRequest, type LoadOptions, type LoadResult, REQUEST_TIMEOUT_SECONDS } from './load-tool';
import { BENCH_DIR, WORK_DIR } from './paths';

/** wrk's default with 32 connections in the reference setup: -t2. */
const THREADS = 2;

interface WrkOutput {
  requests: number;
  durationUs: number;
  p50Us: number;
  p99Us: number;
  meanUs: number;
  maxUs: number;
  errors: number;
  timeouts: number;
  statusCounts: Record<string, number>;
}

/** A Lua string literal; the requests are plain ASCII, so JSON's escaping is valid Lua. */
function luaString(text: string): string {
  if (!/^[\x20-\x7e]*$/.test(text)) throw new Error(`non-ASCII text in a wrk request: ${text}`);
  return JSON.stringify(text);
}

function luaRequest(request: HttpRequest): string {
  const headers = Object.entries(request.headers)
    .map(([name, value]) => `[${luaString(name)}]=${luaString(value)}`)
    .join(',');
  const body = request.body === undefined ? 'nil' : luaString(request.body);
  return `{${luaString(request.method)},${luaString(request.path)},{${headers}},${body}}`;
}

function writeScript(requests: HttpRequest[]): string {
  const file = path.join(WORK_DIR, 'wrk-requests.lua');
  const specs = `specs = {\n${requests.map(luaRequest).join(',\n')}\n}\nthread_count = ${THREADS}\n`;
  writeFileSync(file, specs + readFileSync(path.join(BENCH_DIR, 'lib/wrk.lua'), 'utf8'));
  return file;
}

/** wrk (C, event loop) as a child process: it takes far less CPU than a Node load generator. */
export async function runWrk(options: LoadOptions): Promise<LoadResult> {
  const script = writeScript(options.requests);
  const stdout = await capture('wrk', [
    `-t${THREADS}`,
    `-c${options.connections}`,
    `-d${options.durationSeconds}s`,
    `--timeout`,
    `${REQUEST_TIMEOUT_SECONDS}s`,
    '-s',
    script,
    options.baseUrl,
  ]);
  const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
  const out = JSON.parse(line.slice('BENCH_RESULT '.length)) as WrkOutput;
  const durationSeconds = out.durationUs / 1e6;
  return {
    tool: 'wrk',
    requests: out.requests,
    durationSeconds,
    requestsPerSecond: out.requests / durationSeconds,
    latencyMs: {
      p50: out.p50Us / 1000,
      p99: out.p99Us / 1000,
      mean: out.meanUs / 1000,
      max: out.maxUs / 1000,
    },
    statusCounts: out.statusCounts,
    errors: out.errors,
    timeouts: out.timeouts,
  };
}

/** The wrk binary on the PATH, or undefined. */
export const findWrk = (): string | undefined => findExecutable('wrk');
