import { closeSync, fsyncSync, openSync } from 'node:fs';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import { NodeFS } from '@electric-sql/pglite/nodefs';

/**
 * How PGlite keeps an on-disk database, and what this project changes (see docs/decisions/007-durability-and-backups.md):
 * - Its Emscripten file system (NODEFS) passes every write straight to the OS with fs.writeSync, and PostgreSQL
 *   writes a transaction's WAL before COMMIT returns: a committed change survives a crash or `kill -9` of the
 *   server process.
 * - It starts PostgreSQL with fsync off (`-F`), its NODEFS has no fsync, and fdatasync is a no-op: nothing is
 *   forced to the disk, so a power cut or an OS crash can lose recent commits (or more).
 * Here fsync is given to NODEFS, PostgreSQL runs with fsync on, and the WAL is synced with fsync(): each commit
 * reaches the disk before it is acknowledged, as on a PostgreSQL server.
 */
export type PgliteDurability = 'fsync' | 'process-crash-only';

type SyncCall = (fd: number) => void;

interface NodeStream {
  nfd?: number;
  node?: unknown;
}

interface EmscriptenFsModule {
  NODEFS?: { stream_ops?: { fsync?: (stream: NodeStream) => number }; realPath?: (node: unknown) => string };
  FS?: { ErrnoError: new (errno: number) => Error };
}

const EMSCRIPTEN_EIO = 29;

/** NodeFS with a real fsync: PostgreSQL's fsync() calls reach the file on disk. */
class DurableNodeFS extends NodeFS {
  durability: PgliteDurability = 'process-crash-only';

  constructor(
    dataDir: string,
    private readonly sync: SyncCall,
  ) {
    super(dataDir);
  }

  override async init(pg: PGlite, opts: Parameters<NodeFS['init']>[1]) {
    const { emscriptenOpts } = await super.init(pg, opts);
    const preRun = [...(emscriptenOpts.preRun ?? [])];
    preRun.push((mod: unknown) => this.giveNodefsFsync(mod as EmscriptenFsModule));
    return { emscriptenOpts: { ...emscriptenOpts, preRun } };
  }

  private giveNodefsFsync(mod: EmscriptenFsModule) {
    const streamOps = mod.NODEFS?.stream_ops;
    const realPath = mod.NODEFS?.realPath;
    const ErrnoError = mod.FS?.ErrnoError;
    if (!streamOps || !realPath || !ErrnoError) return;
    streamOps.fsync = (stream) => {
      try {
        if (typeof stream.nfd === 'number') this.sync(stream.nfd);
        else syncDirectory(realPath(stream.node), this.sync);
        return 0;
      } catch {
        // PostgreSQL treats a failed fsync as fatal (it cannot know what reached the disk): let it.
        throw new ErrnoError(EMSCRIPTEN_EIO);
      }
    };
    this.durability = 'fsync';
  }
}

/**
 * NODEFS opens no descriptor for a directory; PostgreSQL syncs one after creating a file in it (a new WAL
 * segment), so that the entry survives a power cut. Where directories cannot be opened (Windows), there is none.
 */
function syncDirectory(dir: string, sync: SyncCall): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch {
    return;
  }
  try {
    sync(fd);
  } catch (err) {
    // As PostgreSQL itself does for directories: some file systems cannot sync them.
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EBADF') throw err;
  } finally {
    closeSync(fd);
  }
}

const WITHOUT_FSYNC_OFF = PGlite.defaultStartParams.filter((param) => param !== '-F');

/**
 * Opens an on-disk PGlite whose commits are forced to disk. `sync` is fsyncSync; tests pass a recording one.
 * Reports whether that could be set up: if PGlite's internals change, it falls back to its own behaviour.
 */
export async function createDurablePglite(
  dataDir: string,
  options: Omit<PGliteOptions, 'fs' | 'dataDir' | 'startParams'>,
  sync: SyncCall = fsyncSync,
): Promise<{ client: PGlite; durability: PgliteDurability }> {
  const fs = new DurableNodeFS(dataDir, sync);
  const client = await PGlite.create({
    ...options,
    fs,
    startParams: [...WITHOUT_FSYNC_OFF, '-c', 'fsync=on', '-c', 'wal_sync_method=fsync'],
  });
  return { client, durability: fs.durability };
}
