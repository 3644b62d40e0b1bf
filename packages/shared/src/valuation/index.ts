export * from './depreciation';
export * from './estimate';
export * from './family';
export * from './schema';
