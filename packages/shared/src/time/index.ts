export * from './zone';
export * from './zone-schema';
