// The one home of part, build and listing status rules: what each action may do from each status.
export * from './builds';
export * from './listings';
export * from './parts';
export * from './verdict';
