export * from './admin';
export * from './auth';
export * from './compat';
export * from './csv';
export * from './errors';
export * from './money';
export * from './pagination';
export * from './parts';
