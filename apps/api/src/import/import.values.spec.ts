import { cellName, readAmount, readDate, readNumber, readTags, readText } from './import.values';

const value = <T>(read: { ok: true; value: T } | { ok: false; code: string }) => (read.ok ? read.value : read.code);

describe('reading cells', () => {
  it('reads dates as the office writes them, and refuses days that do not exist', () => {
    expect(value(readDate('31.03.2027', 'de'))).toBe('2027-03-31');
    expect(value(readDate('1.4.2027', 'de'))).toBe('2027-04-01');
    expect(value(readDate('2027-03-31', 'de'))).toBe('2027-03-31');
    expect(value(readDate('31/03/2027', 'en'))).toBe('2027-03-31');
    expect(value(readDate(new Date(Date.UTC(2027, 2, 31)), 'de'))).toBe('2027-03-31');
    // A date cell a little before midnight (a float's noise) is still that day.
    expect(value(readDate(new Date(Date.UTC(2027, 2, 31) - 1), 'de'))).toBe('2027-03-31');
    expect(value(readDate('30.02.2027', 'de'))).toBe('INVALID_DATE');
    expect(value(readDate('31/03/2027', 'de'))).toBe('INVALID_DATE');
    expect(value(readDate('März 2027', 'de'))).toBe('INVALID_DATE');
    expect(value(readDate(null, 'de'))).toBeNull();
    expect(value(readDate({ formula: '=TODAY()' }, 'de'))).toBe('FORMULA');
  });

  it('reads amounts exactly, with German or English separators, and refuses what is not one', () => {
    expect(value(readAmount('1.250.000,00', 'de'))).toBe('1250000.00');
    expect(value(readAmount('1250000', 'de'))).toBe('1250000.00');
    expect(value(readAmount('1.250.000,5 €', 'de'))).toBe('1250000.50');
    expect(value(readAmount('1 250 000,00 EUR', 'de'))).toBe('1250000.00');
    expect(value(readAmount('1,250,000.00', 'en'))).toBe('1250000.00');
    expect(value(readAmount(1250000.1, 'de'))).toBe('1250000.10');
    expect(value(readAmount('1,5', 'en'))).toBe('INVALID_AMOUNT');
    expect(value(readAmount('1.25', 'de'))).toBe('INVALID_AMOUNT');
    expect(value(readAmount('12,345', 'de'))).toBe('INVALID_AMOUNT');
    expect(value(readAmount('-5', 'de'))).toBe('INVALID_AMOUNT');
    expect(value(readAmount(0.001, 'de'))).toBe('INVALID_AMOUNT');
    expect(value(readAmount('99999999999999', 'de'))).toBe('INVALID_AMOUNT');
  });

  it('reads numbers, text, tags and names cells', () => {
    expect(value(readNumber('1.250,5', 'de'))).toBe(1250.5);
    expect(value(readNumber('-3', 'en'))).toBe(-3);
    expect(value(readNumber('viele', 'de'))).toBe('INVALID_NUMBER');
    expect(value(readNumber('9'.repeat(400), 'de'))).toBe('INVALID_NUMBER');
    expect(value(readText("'=HYPERLINK(1)"))).toBe('=HYPERLINK(1)');
    expect(value(readText('  '))).toBeNull();
    expect(value(readTags('E-Akte, Cloud;; cloud, Cloud'))).toEqual(['E-Akte', 'Cloud', 'cloud']);
    expect(cellName(0, 2)).toBe('A2');
    expect(cellName(26, 5)).toBe('AA5');
  });
});
