export * from './enums';
export * from './format';
export * from './limits';
export * from './return-path';
