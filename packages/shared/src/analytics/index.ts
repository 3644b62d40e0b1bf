export * from './admin-analytics';
export * from './analytics';
export * from './periods';
export * from './tax-report';
