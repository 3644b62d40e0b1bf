/** A backup, restore or export refused for a reason the user can act on: printed as is, without a stack. */
export class BackupError extends Error {
  override name = 'BackupError';
}
