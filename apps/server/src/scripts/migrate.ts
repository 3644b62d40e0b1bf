import { loadConfig } from '../config';
import { openConfiguredDatabase } from '../db/open-configured';

const config = loadConfig();
const database = await openConfiguredDatabase(config, console.log);
await database.close();
console.log('Migrations applied.');
