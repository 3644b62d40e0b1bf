// The database schema, one file per area. Migrations are generated from it (drizzle.config.ts).
export * from './accounts';
export * from './ai-suggestions';
export * from './analytics';
export * from './assistant';
export * from './billing';
export * from './builds';
export * from './deals';
export * from './inventory';
export * from './sales';
export * from './sample-data';
