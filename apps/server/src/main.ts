import { buildApp } from './app';
import { serveBackupRequests } from './backup/backup-requests';
import { ConfigError, loadConfig } from './config';
import { systemClock } from './core/clock';
import { DataDirBusyError } from './db/data-dir-lock';
import { embeddedDbDir, openConfiguredDatabase } from './db/open-configured';
import { serverJobs } from './jobs/reconcile-analytics.job';
import { startScheduler } from './jobs/scheduler';
import { ensureCatalog } from './modules/catalog/catalog-import';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config, (message) => console.log(message), 'server');
  await ensureCatalog(database.db, (message) => console.log(message));
  const jobs = serverJobs();
  const app = await buildApp({ config, database, jobs });
  const scheduler = config.scheduler
    ? startScheduler(database.db, systemClock, jobs, (message) => app.log.error(message))
    : null;
  const stopBackups = database.pglite
    ? serveBackupRequests(embeddedDbDir(config), config.uploadsDir, database.pglite, app.log)
    : () => {};

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: no new connections, finishing open requests');
    try {
      stopBackups();
      scheduler?.stop();
      await app.close();
      await database.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  console.log(`Partwise Forge is running at ${config.baseUrl}`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirBusyError) console.error(err.message);
  else console.error('Partwise Forge could not start:', err);
  process.exit(1);
});
