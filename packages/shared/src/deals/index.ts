export * from './parse';
export * from './pricing';
export * from './schema';
