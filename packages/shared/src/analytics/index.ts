export * from './analytics';
export * from './periods';
