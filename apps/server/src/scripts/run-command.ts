import { BackupError } from '../backup/backup-error';
import { ConfigError } from '../config';
import { DataDirBusyError } from '../db/data-dir-lock';

/** A refusal a command explains in words (no stack trace): a wrong argument, a database in use. */
export class CommandError extends Error {}

/** Runs a command's body; a known refusal prints its message alone, anything else its stack. Exit code 1. */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (err) {
    const known =
      err instanceof ConfigError ||
      err instanceof DataDirBusyError ||
      err instanceof BackupError ||
      err instanceof CommandError;
    console.error(known ? err.message : err);
    process.exitCode = 1;
  }
}
