export * from './enums';
export * from './format';
