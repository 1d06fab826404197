import { renderHook } from '@testing-library/react';
import { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { INPUT_PROBLEM_CODES } from '@leitstand/shared-domain';
import { I18nProvider } from '../i18n/I18nProvider';
import { useInputProblemText } from './useInputProblemText';

function texts(locale: 'de' | 'en') {
  localStorage.setItem('leitstand.locale', locale);
  const wrapper = ({ children }: { children: ReactNode }) => <I18nProvider>{children}</I18nProvider>;
  return renderHook(() => useInputProblemText(), { wrapper }).result.current;
}

describe('useInputProblemText', () => {
  it('words every code of the API in German and English, with its params filled in', () => {
    for (const locale of ['de', 'en'] as const) {
      const text = texts(locale);
      for (const code of INPUT_PROBLEM_CODES) {
        const words = text({ code, params: { max: 200, min: 12, other: 'startDate', date: '2027-03-31' } });
        expect(words, `${locale} ${code}`).not.toMatch(/\{\w+\}|input\./);
      }
    }
  });

  it('formats numbers and dates as the reader writes them and names the other field and the kind of record', () => {
    const de = texts('de');
    expect(de({ code: 'TOO_LONG', params: { max: 4000 } })).toBe('Bitte höchstens 4.000 Zeichen.');
    expect(de({ code: 'ALREADY_DONE', params: { date: '2027-03-31' } })).toBe('Ist schon erledigt (am 31.03.2027).');
    expect(de({ code: 'BEFORE', params: { other: 'startDate' } })).toBe('Darf nicht vor dem Start liegen.');
    expect(de({ code: 'UNKNOWN_REFERENCE', params: { what: 'Person' } })).toBe('Diese Person gibt es nicht (mehr).');
    expect(de({ code: 'UNKNOWN_REFERENCE', params: { what: 'Webhook' } })).toBe(
      'Das Ausgewählte gibt es nicht (mehr).',
    );
    const en = texts('en');
    expect(en({ code: 'TOO_LONG', params: { max: 4000 } })).toBe('Please use at most 4,000 characters.');
    expect(en({ code: 'BEFORE', params: { other: 'somethingElse' } })).toBe('Must not be before the other date.');
  });
});
