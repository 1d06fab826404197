import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatNumber, isOverspent, subtractAmounts } from './format';

describe('formatDate', () => {
  it('writes German dates as 31.03.2026', () => {
    expect(formatDate('2026-03-31', 'de')).toBe('31.03.2026');
  });
  it('writes English dates day first, as in Britain', () => {
    expect(formatDate('2026-03-31', 'en')).toBe('31/03/2026');
  });
  it('never moves a date across midnight, whatever the time zone', () => {
    expect(formatDate('2026-01-01', 'de')).toBe('01.01.2026');
  });
  it('refuses what is not a calendar date', () => {
    expect(() => formatDate('31.03.2026', 'de')).toThrow(RangeError);
  });
});

describe('formatDateTime', () => {
  it('writes an instant with date and time in the given zone', () => {
    expect(formatDateTime('2026-03-31T07:15:00.000Z', 'de', 'Europe/Berlin')).toBe('31.03.2026, 09:15');
  });
});

describe('formatMoney', () => {
  it('writes German amounts as 1.250.000,00 €', () => {
    expect(formatMoney('1250000', 'de')).toBe('1.250.000,00\u00a0€');
  });
  it('writes English amounts as €1,250,000.00', () => {
    expect(formatMoney('1250000.00', 'en')).toBe('€1,250,000.00');
  });
  it('keeps every cent of amounts beyond the precision of a float', () => {
    expect(formatMoney('12345678901234567.15', 'de')).toBe('12.345.678.901.234.567,15\u00a0€');
  });
  it('refuses what is not a decimal amount', () => {
    expect(() => formatMoney('1.250.000,00', 'de')).toThrow(RangeError);
  });
});

describe('formatNumber', () => {
  it('uses the separators of the language', () => {
    expect(formatNumber(1250.5, 'de')).toBe('1.250,5');
    expect(formatNumber(1250.5, 'en')).toBe('1,250.5');
  });
});

describe('subtractAmounts and isOverspent', () => {
  it('subtracts exactly, beyond what a float holds', () => {
    expect(subtractAmounts('9007199254740993.10', '0.05')).toBe('9007199254740993.05');
    expect(subtractAmounts('100.00', '120.5')).toBe('-20.50');
    expect(subtractAmounts('5', '5')).toBe('0');
  });
  it('calls a budget overspent only where spent exceeds planned', () => {
    expect(isOverspent('100000.00', '100000.01')).toBe(true);
    expect(isOverspent('100000.00', '100000')).toBe(false);
    expect(isOverspent('0.30', '0.1')).toBe(false);
    expect(isOverspent(null, '5')).toBe(false);
  });
});
