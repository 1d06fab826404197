export * from './enums';
export * from './format';
export * from './limits';
export * from './project-filter-params';
export * from './export-labels';
export * from './return-path';
export * from './input-problems';
export * from './history';
