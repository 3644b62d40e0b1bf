export * from './carry-over';
export * from './description';
export * from './limits';
export * from './subject';
export * from './title';
