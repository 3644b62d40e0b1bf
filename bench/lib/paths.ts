import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const ROOT_DIR = path.dirname(BENCH_DIR);
/** Generated, not committed (gitignored). */
export const WORK_DIR = path.join(BENCH_DIR, 'work');
export const DATA_DIR = path.join(WORK_DIR, 'data');
export const RESULTS_DIR = path.join(BENCH_DIR, 'results');

/** True when the module at `metaUrl` is the script node was started with. */
export const isMain = (metaUrl: string) => process.argv[1] === fileURLToPath(metaUrl);
