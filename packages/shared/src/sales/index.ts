export * from './expenses';
export * from './fees';
export * from './listings';
export * from './mileage';
export * from './pnl';
export * from './profit';
export * from './sales';
export * from './sold';
