export * from './catalog';
export * from './enums';
export * from './lot';
export * from './part';
export * from './specs';
