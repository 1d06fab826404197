import { configure, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CreateRiskDocument, type ProjectRiskFragment, UpdateRiskDocument } from '../../../graphql/generated/graphql';
import { pageProject, pageRead, renderProjectPage } from '../../project/testing/project-page';
import { severity } from './RiskMatrix';

// Each write is followed by the page's reload: on a busy machine that takes more than a second,
// and the first test of a file loads the whole project page.
configure({ asyncUtilTimeout: 5000 });

const vendor: ProjectRiskFragment = {
  __typename: 'Risk',
  id: 'r1',
  title: 'Scan-Dienstleister fällt aus',
  description: null,
  probability: 'HIGH',
  impact: 'HIGH',
  status: 'OPEN',
  mitigation: null,
  version: 2,
  owner: null,
};
const staff: ProjectRiskFragment = {
  ...vendor,
  id: 'r2',
  title: 'Personal fehlt',
  probability: 'LOW',
  impact: 'MEDIUM',
};

const withRisks = (...risks: ProjectRiskFragment[]) => pageRead(pageProject({ risks }));
const change = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

describe('risks on the project page', { timeout: 20_000 }, () => {
  it('rates the cells of the matrix by probability times impact', () => {
    expect(severity('HIGH', 'HIGH')).toBe('HIGH');
    expect(severity('MEDIUM', 'HIGH')).toBe('HIGH');
    expect(severity('MEDIUM', 'MEDIUM')).toBe('MEDIUM');
    expect(severity('LOW', 'HIGH')).toBe('MEDIUM');
    expect(severity('LOW', 'MEDIUM')).toBe('LOW');
  });

  it('shows the open risks on the matrix, and the same in its table', async () => {
    renderProjectPage([withRisks(vendor, staff, { ...vendor, id: 'r3', title: 'Geschlossen', status: 'CLOSED' })]);
    const matrix = await screen.findByRole('img', { name: /^Risikomatrix: 2 nicht geschlossene Risiken/ });
    expect(matrix.getAttribute('aria-label')).toContain('Wahrscheinlichkeit Hoch, Auswirkung Hoch: 1');
    expect(matrix.getAttribute('aria-label')).toContain('Wahrscheinlichkeit Niedrig, Auswirkung Mittel: 1');
    const table = screen.getByRole('table', { name: /Nicht geschlossene Risiken nach Wahrscheinlichkeit/ });
    const high = within(
      within(table).getByRole('rowheader', { name: 'Wahrscheinlichkeit Hoch' }).closest('tr') as HTMLElement,
    );
    expect(high.getAllByRole('cell')[2].textContent).toBe('Schwere Hoch: Scan-Dienstleister fällt aus');
    expect(within(table).queryByText('Geschlossen')).toBeNull();
  });

  it('adds a risk with probability, impact, mitigation and owner', async () => {
    const added = {
      ...vendor,
      mitigation: 'Zweiten Anbieter binden',
      owner: { __typename: 'Person' as const, id: 'lead', name: 'Lea Leitner' },
      version: 1,
    };
    renderProjectPage([
      withRisks(),
      {
        request: {
          query: CreateRiskDocument,
          variables: {
            input: {
              projectId: 'p1',
              title: 'Scan-Dienstleister fällt aus',
              description: null,
              probability: 'HIGH',
              impact: 'HIGH',
              mitigation: 'Zweiten Anbieter binden',
              ownerId: 'lead',
            },
          },
        },
        result: { data: { createRisk: added } },
      },
      withRisks(added),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Risiko erfassen' }));
    const panel = screen.getByRole('region', { name: 'Neues Risiko' });
    change(within(panel).getByLabelText(/^Risiko/), 'Scan-Dienstleister fällt aus');
    change(within(panel).getByLabelText('Wahrscheinlichkeit'), 'HIGH');
    change(within(panel).getByLabelText('Auswirkung'), 'HIGH');
    change(within(panel).getByLabelText('Gegenmaßnahme'), 'Zweiten Anbieter binden');
    change(within(panel).getByLabelText('Verantwortlich'), 'lead');
    fireEvent.click(within(panel).getByRole('button', { name: 'Risiko anlegen' }));
    expect(await screen.findByText('Das Risiko „Scan-Dienstleister fällt aus“ ist erfasst.')).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Scan-Dienstleister fällt aus' })).toBeTruthy();
  });

  it('closes a risk, which leaves the matrix', async () => {
    const closed = { ...vendor, status: 'CLOSED' as const, version: 3 };
    renderProjectPage([
      withRisks(vendor),
      {
        request: {
          query: UpdateRiskDocument,
          variables: { input: { id: 'r1', expectedVersion: 2, status: 'CLOSED' } },
        },
        result: { data: { updateRisk: closed } },
      },
      withRisks(closed),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Schließen: Scan-Dienstleister fällt aus' }));
    expect(await screen.findByText('Das Risiko „Scan-Dienstleister fällt aus“ ist geschlossen.')).toBeTruthy();
    const row = within(
      screen.getAllByRole('rowheader', { name: 'Scan-Dienstleister fällt aus' })[0].closest('tr') as HTMLElement,
    );
    expect(row.getByText('Geschlossen')).toBeTruthy();
    expect(screen.getByRole('img', { name: /^Risikomatrix: 0 nicht geschlossene Risiken/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Schließen: Scan-Dienstleister fällt aus' })).toBeNull();
  });

  it('on CONFLICT while editing keeps what was typed and shows the status the server has now', async () => {
    const mitigated = { ...vendor, status: 'MITIGATED' as const, version: 3 };
    renderProjectPage([
      withRisks(vendor),
      {
        request: {
          query: UpdateRiskDocument,
          variables: { input: { id: 'r1', expectedVersion: 2, impact: 'MEDIUM' } },
        },
        result: { errors: [{ message: 'Stale version', extensions: { code: 'CONFLICT' } }] },
      },
      withRisks(mitigated),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Bearbeiten: Scan-Dienstleister fällt aus' }));
    change(screen.getByLabelText('Auswirkung'), 'MEDIUM');
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Jemand anderes hat dieses Risiko geändert/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Aktuellen Stand laden' }));
    expect(await screen.findByText('Inzwischen auf dem Server: Gemindert')).toBeTruthy();
    expect((screen.getByLabelText('Auswirkung') as HTMLSelectElement).value).toBe('MEDIUM');
    expect((screen.getByLabelText('Stand') as HTMLSelectElement).value).toBe('MITIGATED');
  });
});
