export * from './catalog';
export * from './csv';
export * from './enums';
export * from './lot';
export * from './lot-split';
export * from './part';
export * from './specs';
