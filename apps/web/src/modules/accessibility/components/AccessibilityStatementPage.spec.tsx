import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { accessibilityContact } from '../../../settings';
import { AccessibilityStatementPage } from './AccessibilityStatementPage';

function statement(locale: 'de' | 'en', contact: ReturnType<typeof accessibilityContact>) {
  localStorage.setItem('leitstand.locale', locale);
  render(
    <I18nProvider>
      <MemoryRouter>
        <AccessibilityStatementPage contact={contact} />
      </MemoryRouter>
    </I18nProvider>,
  );
}

const configured = accessibilityContact({
  LEITSTAND_ACCESSIBILITY_CONTACT_OFFICE: 'Digitalisierungsbüro',
  LEITSTAND_ACCESSIBILITY_CONTACT_ADDRESS: 'Musterstraße 1 | 12345 Musterstadt',
  LEITSTAND_ACCESSIBILITY_CONTACT_EMAIL: 'barrierefrei@stadt.example',
  LEITSTAND_ACCESSIBILITY_CONTACT_PHONE: '0202 123-4567',
});

describe('AccessibilityStatementPage', () => {
  it('says when it was made', () => {
    statement('de', configured);
    expect(screen.getByText(/Diese Erklärung wurde am \d{2}\.\d{2}\.\d{4} erstellt\./)).toBeTruthy();
  });

  it('gives the contact that the installation is configured with', () => {
    statement('de', configured);
    expect(screen.getByText('Digitalisierungsbüro')).toBeTruthy();
    expect(screen.getByText('12345 Musterstadt')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'barrierefrei@stadt.example' }).getAttribute('href')).toBe(
      'mailto:barrierefrei@stadt.example',
    );
    expect(screen.getByRole('link', { name: '0202 123-4567' }).getAttribute('href')).toBe('tel:02021234567');
  });

  it('says plainly that the contact is still missing where none is configured', () => {
    expect(accessibilityContact({})).toBeNull();
    statement('de', null);
    expect(screen.getByText(/noch keine Kontaktstelle eingetragen/).textContent).toContain(
      'LEITSTAND_ACCESSIBILITY_CONTACT_OFFICE',
    );
  });

  it('names the arbitration body (Schlichtungsstelle) with a link to it', () => {
    statement('de', configured);
    expect(screen.getByRole('heading', { level: 2, name: 'Schlichtungsverfahren' })).toBeTruthy();
    expect(screen.getByText(/Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'www.schlichtungsstelle-bgg.de' }).getAttribute('href')).toBe(
      'https://www.schlichtungsstelle-bgg.de',
    );
  });

  it('has the same in English', () => {
    statement('en', configured);
    expect(screen.getByText(/This statement was made on \d{2}\/\d{2}\/\d{4}\./)).toBeTruthy();
    expect(screen.getByText(/conciliation body under section 16 of the Disability Equality Act/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'barrierefrei@stadt.example' })).toBeTruthy();
  });
});
