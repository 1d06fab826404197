import { MockedProvider } from '@apollo/client/testing/react';
import { EXPORT_LABELS } from '@leitstand/shared-domain';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { de, en } from '../../../i18n/messages';
import { Session, SessionContext } from '../../access/hooks/useSession';
import { RoadmapPage } from '../../milestone/components/RoadmapPage';
import { ReportPage } from '../../report/components/ReportPage';
import { ProjectListPage } from './ProjectListPage';

const session: Session = {
  state: { status: 'signedOut', expired: false, deliberate: false },
  person: null,
  signIn: async () => undefined,
  signOut: async () => undefined,
  retry: () => undefined,
};

/** A page at an address, as a person who opened that link sees it (the API answers nothing here). */
function open(page: ReactElement, address: string, locale: 'de' | 'en' = 'de') {
  localStorage.setItem('leitstand.locale', locale);
  render(
    <MockedProvider mocks={[]}>
      <SessionContext.Provider value={session}>
        <I18nProvider>
          <MemoryRouter initialEntries={[address]}>{page}</MemoryRouter>
        </I18nProvider>
      </SessionContext.Provider>
    </MockedProvider>,
  );
}

function exportLinks(label: string) {
  const group = screen.getByRole('group', { name: label });
  return {
    excel: within(group).getByRole('link', { name: 'Excel' }).getAttribute('href'),
    csv: within(group).getByRole('link', { name: 'CSV' }).getAttribute('href'),
  };
}

afterEach(() => localStorage.clear());

describe('the export buttons', () => {
  it("download the project list's current view from the server: its filter and order, every page", () => {
    const id = '6f1c2a9e-0d3b-4c2a-9e51-3b7d0f6a8c11';
    open(<ProjectListPage />, `/projekte?status=OFF_TRACK&phase=IN_PROGRESS&amt=${id}&sortierung=TITLE&seite=2`);
    expect(exportLinks('Exportieren')).toEqual({
      excel: `/api/export/projects.xlsx?status=OFF_TRACK&phase=IN_PROGRESS&amt=${id}&sortierung=TITLE`,
      csv: `/api/export/projects.csv?status=OFF_TRACK&phase=IN_PROGRESS&amt=${id}&sortierung=TITLE`,
    });
  });

  it('carry the filter by milestone state, which the list shows checked and lets one take off', () => {
    open(<ProjectListPage />, '/projekte?meilensteine=OVERDUE&meilensteine=DUE_SOON&status=AT_RISK');
    expect(exportLinks('Exportieren').excel).toBe(
      '/api/export/projects.xlsx?status=AT_RISK&meilensteine=DUE_SOON&meilensteine=OVERDUE',
    );
    const states = screen.getByRole('group', { name: 'Mit Meilenstein im Zustand' });
    const overdue = within(states).getByRole<HTMLInputElement>('checkbox', { name: 'Überfällig' });
    expect(overdue.checked).toBe(true);
    expect(within(states).getByRole<HTMLInputElement>('checkbox', { name: 'Bald fällig' }).checked).toBe(true);
    expect(within(states).getByRole<HTMLInputElement>('checkbox', { name: 'Anstehend' }).checked).toBe(false);

    fireEvent.click(overdue);
    fireEvent.click(screen.getByRole('button', { name: 'Filter anwenden' }));
    expect(exportLinks('Exportieren').excel).toBe('/api/export/projects.xlsx?status=AT_RISK&meilensteine=DUE_SOON');
  });

  it('export the plain list without a query, and in English with locale=en', () => {
    open(<ProjectListPage />, '/projekte', 'en');
    expect(exportLinks('Export')).toEqual({
      excel: '/api/export/projects.xlsx?locale=en',
      csv: '/api/export/projects.csv?locale=en',
    });
  });

  it("download the roadmap's milestones with the roadmap's filter, done ones when they are shown", () => {
    const field = '0b5d7c3e-1a2f-4e6d-8c9b-7a6f5e4d3c2b';
    open(<RoadmapPage />, `/roadmap?handlungsfeld=${field}&erledigte=ja&ansicht=tabelle`);
    expect(exportLinks('Exportieren')).toEqual({
      excel: `/api/export/milestones.xlsx?handlungsfeld=${field}&erledigte=ja`,
      csv: `/api/export/milestones.csv?handlungsfeld=${field}&erledigte=ja`,
    });
  });
});

describe('the Sachstandsbericht’s download', () => {
  it('downloads the report as a workbook for the two dates of the page, beside the print button', () => {
    open(<ReportPage />, '/sachstandsbericht?stichtag=2026-03-31&seit=2025-12-31');
    const link = screen.getByRole('link', { name: 'Als Excel herunterladen' });
    expect(link.getAttribute('href')).toBe('/api/export/report.xlsx?asOf=2026-03-31&since=2025-12-31');
    expect(link.hasAttribute('download')).toBe(true);
    expect(link.closest('.no-print')).toBe(screen.getByRole('button', { name: 'Drucken' }).closest('.no-print'));
  });

  it('speaks English and names the dates the page fell back to', () => {
    open(<ReportPage />, '/sachstandsbericht?stichtag=2026-03-31&seit=2026-04-30', 'en');
    // A comparison date after the Stichtag falls back to one year before it, on the page and in the download.
    expect(screen.getByRole('link', { name: 'Download as Excel' }).getAttribute('href')).toBe(
      '/api/export/report.xlsx?asOf=2026-03-31&since=2025-03-31&locale=en',
    );
  });
});

describe("the exports' words", () => {
  it('are those of the web client', () => {
    for (const [labels, messages] of [
      [EXPORT_LABELS.de, de],
      [EXPORT_LABELS.en, en],
    ] as const) {
      const c = labels.column;
      expect([c.code, c.title, c.health, c.phase, c.progress, c.field, c.department, c.lead, c.sponsor]).toEqual([
        messages['project.code'],
        messages['project.title'],
        messages['project.health'],
        messages['project.phase'],
        messages['project.progress'],
        messages['project.field'],
        messages['project.department'],
        messages['project.lead'],
        messages['project.sponsor'],
      ]);
      expect([c.startDate, c.plannedEndDate, c.forecastEndDate, c.actualEndDate, c.tags]).toEqual([
        messages['project.startDate'],
        messages['project.plannedEndDate'],
        messages['project.forecastEndDate'],
        messages['project.actualEndDate'],
        messages['project.tags'],
      ]);
      expect([c.budgetPlanned, c.budgetSpent, c.currency]).toEqual([
        messages['budget.planned'],
        messages['budget.spent'],
        messages['budget.currency'],
      ]);
      expect([c.milestone, c.milestonePlanned, c.milestoneForecast, c.milestoneCompleted, c.milestoneDue]).toEqual([
        messages['milestone.title'],
        messages['milestone.planned'],
        messages['milestone.forecast'],
        messages['milestone.completed'],
        messages['milestone.due'],
      ]);
      expect(labels.notReported).toBe(messages['health.notReported']);
      for (const [health, text] of Object.entries(labels.health))
        expect(text).toBe(messages[`health.${health}` as keyof typeof messages]);
      for (const [phase, text] of Object.entries(labels.phase))
        expect(text).toBe(messages[`phase.${phase}` as keyof typeof messages]);
      for (const [state, text] of Object.entries(labels.milestoneState))
        expect(text).toBe(messages[`milestoneState.${state}` as keyof typeof messages]);
    }
  });
});
