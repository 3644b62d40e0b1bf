export * from './days';
export * from './zone';
export * from './zone-schema';
