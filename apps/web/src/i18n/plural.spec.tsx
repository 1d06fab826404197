import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from './I18nProvider';
import { de, en, PluralKey } from './messages';
import { useI18n } from './useI18n';

function Counted({ plural, count }: { plural: PluralKey; count: number }) {
  const { n } = useI18n();
  return <p>{n(plural, count)}</p>;
}

function shown(plural: PluralKey, count: number, locale: 'de' | 'en'): string {
  localStorage.setItem('leitstand.locale', locale);
  const { unmount } = render(
    <I18nProvider>
      <Counted plural={plural} count={count} />
    </I18nProvider>,
  );
  const text = screen.getByRole('paragraph').textContent ?? '';
  unmount();
  return text;
}

describe('counts in words', () => {
  it('say "1 Projekt" and "2 Projekte", "1 project" and "2 projects"', () => {
    expect(shown('projects.count', 1, 'de')).toBe('1 Projekt');
    expect(shown('projects.count', 2, 'de')).toBe('2 Projekte');
    expect(shown('projects.count', 0, 'de')).toBe('0 Projekte');
    expect(shown('projects.count', 1250, 'de')).toBe('1.250 Projekte');
    expect(shown('projects.count', 1, 'en')).toBe('1 project');
    expect(shown('projects.count', 1250, 'en')).toBe('1,250 projects');
  });

  it('take the dative plural where German needs it', () => {
    expect(shown('roadmap.inProjects', 1, 'de')).toBe('in 1 Projekt');
    expect(shown('roadmap.inProjects', 3, 'de')).toBe('in 3 Projekten');
    expect(shown('slip.overdue', 1, 'de')).toBe('seit 1 Tag überfällig');
    expect(shown('slip.overdue', 12, 'de')).toBe('seit 12 Tagen überfällig');
  });

  it('have a singular and a plural form in both languages', () => {
    for (const catalogue of [de, en]) {
      const keys = Object.keys(catalogue);
      for (const key of keys.filter((one) => one.endsWith('.other'))) {
        expect(keys, key).toContain(key.replace(/\.other$/, '.one'));
      }
      for (const key of keys.filter((one) => one.endsWith('.one'))) {
        expect(keys, key).toContain(key.replace(/\.one$/, '.other'));
      }
    }
  });
});
