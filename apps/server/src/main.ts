import './v8-flags';
import cluster from 'node:cluster';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app';
import { serveBackupRequests } from './backup/backup-requests';
import { type Config, ConfigError, loadConfig } from './config';
import { systemClock } from './core/clock';
import { DataDirBusyError } from './db/data-dir-lock';
import { embeddedDbDir, openConfiguredDatabase } from './db/open-configured';
import { serverJobs } from './jobs/reconcile-analytics.job';
import { startScheduler } from './jobs/scheduler';
import { ensureCatalog } from './modules/catalog/catalog-import';
import { type PrimaryConnections, takeConnectionsFromPrimary } from './worker-connections';
import { superviseWorkers } from './workers';

const say = (message: string) => console.log(message);

async function main(): Promise<void> {
  const config = loadConfig();
  if (cluster.isWorker) return serve(config, () => {});
  if (config.workers === 1) {
    if (!config.databaseUrl) {
      const asked =
        config.workersAsked && config.workersAsked > 1
          ? ` (WEB_CONCURRENCY=${config.workersAsked} ignored)`
          : '';
      say(
        `One server process${asked}: the embedded database belongs to one process; set DATABASE_URL to use every core`,
      );
    }
    await serve(config, say, true);
    return;
  }
  // The primary migrates and imports the catalog once, then the workers start on a ready database.
  const database = await openConfiguredDatabase(config, say, 'server');
  await ensureCatalog(database.db, say);
  await database.close();
  superviseWorkers({
    count: config.workers,
    script: fileURLToPath(import.meta.url),
    port: config.port,
    host: config.host,
    say,
    ready: () =>
      say(
        `Partwise Forge is running at ${config.baseUrl} (${config.workers} worker processes; WEB_CONCURRENCY sets how many)`,
      ),
  });
}

/**
 * One server process: the database, the app, the scheduler (each job's run takes an advisory lock, so with
 * several workers it still runs once), and a polite shutdown on SIGTERM/SIGINT: /readyz turns 503, requests are
 * still served for SHUTDOWN_DRAIN_SECONDS (a load balancer's checks take the process out), then the listener
 * closes (a worker: the primary sends no more connections), open requests finish, and the process exits.
 */
async function serve(config: Config, log: (message: string) => void, prepare = false): Promise<void> {
  const database = await openConfiguredDatabase(config, log, 'server', { migrate: prepare });
  if (prepare) await ensureCatalog(database.db, log);
  const jobs = serverJobs();
  let closing = false;
  const app = await buildApp({ config, database, jobs, draining: () => closing });
  const scheduler = config.scheduler
    ? startScheduler(database.db, systemClock, jobs, (message) => app.log.error(message))
    : null;
  let fromPrimary: PrimaryConnections | null = null;
  const stopBackups = database.pglite
    ? serveBackupRequests(embeddedDbDir(config), config.uploadsDir, database.pglite, app.log)
    : () => {};

  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    try {
      if (config.shutdownDrainSeconds > 0) {
        app.log.info({ signal }, `shutting down: /readyz answers 503 for ${config.shutdownDrainSeconds} s`);
        await new Promise((resolve) => setTimeout(resolve, config.shutdownDrainSeconds * 1_000));
      }
      app.log.info({ signal }, 'shutting down: no new connections, finishing open requests');
      stopBackups();
      scheduler?.stop();
      fromPrimary?.stopTaking();
      await app.close();
      await fromPrimary?.closed();
      await database.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  if (cluster.isWorker) {
    await app.ready();
    fromPrimary = takeConnectionsFromPrimary(app.server);
    return;
  }
  await app.listen({ port: config.port, host: config.host });
  log(`Partwise Forge is running at ${config.baseUrl}`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirBusyError) console.error(err.message);
  else console.error('Partwise Forge could not start:', err);
  process.exit(1);
});
