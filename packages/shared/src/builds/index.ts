export * from './build';
export * from './money';
