import { describe, expect, it } from 'vitest';
import { createFormatter, todayIso } from './format';
import { de, en, MessageKey } from './messages';

function translator(catalogue: Record<MessageKey, string>) {
  return (key: MessageKey, params?: Record<string, string | number>) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      params && name in params ? String(params[name]) : whole,
    );
}

const german = createFormatter('de', translator(de));
const english = createFormatter('en', translator(en));

describe('the formatter in German', () => {
  it('writes dates as 31.03.2026', () => {
    expect(german.date('2026-03-31')).toBe('31.03.2026');
  });
  it('writes amounts as 1.250.000,00 €', () => {
    expect(german.money('1250000.00')).toBe('1.250.000,00\u00a0€');
  });
  it('writes instants with date and time', () => {
    expect(german.dateTime('2026-03-31T07:15:00.000Z')).toBe('31.03.2026, 07:15');
  });
  it('groups thousands with a point and decimals with a comma', () => {
    expect(german.number(12500.5)).toBe('12.500,5');
  });
  it('puts a space before the percent sign', () => {
    expect(german.percent(45)).toBe('45 %');
  });
  it('says how far a milestone slipped, in either direction', () => {
    expect(german.slip(12)).toBe('12 Tage später');
    expect(german.slip(1)).toBe('1 Tag später');
    expect(german.slip(-3)).toBe('3 Tage früher');
    expect(german.slip(0)).toBe('im Plan');
  });
  it('shows a dash for what is missing', () => {
    expect(german.date(null)).toBe('–');
    expect(german.money(null)).toBe('–');
    expect(german.number(undefined)).toBe('–');
  });
});

describe('the formatter in English', () => {
  it('writes dates day first and amounts with the euro sign in front', () => {
    expect(english.date('2026-03-31')).toBe('31/03/2026');
    expect(english.money('1250000')).toBe('€1,250,000.00');
  });
  it('writes the slip in English', () => {
    expect(english.slip(1000)).toBe('1,000 days late');
    expect(english.slip(-1)).toBe('1 day early');
  });
});

describe('todayIso', () => {
  it('is the calendar date of the given moment in the local zone', () => {
    expect(todayIso(new Date(2026, 2, 31, 23, 59))).toBe('2026-03-31');
  });
});
