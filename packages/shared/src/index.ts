export * from './auth';
export * from './errors';
export * from './money';
export * from './pagination';
export * from './admin';
