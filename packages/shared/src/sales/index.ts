export * from './expenses';
export * from './fees';
export * from './listings';
export * from './pnl';
export * from './profit';
export * from './sales';
