import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import {
  PostStatusUpdateDocument,
  RecordKpiMeasurementDocument,
  StatusReportProjectFragment,
  UpdateMilestoneForecastDocument,
} from '../../../graphql/generated/graphql';
import { todayIso } from '../../../i18n/format';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { StatusReportForm } from './StatusReportForm';

const project: StatusReportProjectFragment = {
  __typename: 'Project',
  id: 'p1',
  code: 'DIG-001',
  title: 'E-Akte',
  phase: 'IN_PROGRESS',
  health: 'ON_TRACK',
  progress: 40,
  version: 7,
  lead: { __typename: 'Person', id: 'lead' },
  members: [],
  milestones: [
    {
      __typename: 'Milestone',
      id: 'm2',
      title: 'Rollout',
      plannedDate: '2026-06-30',
      forecastDate: null,
      completedDate: null,
      state: 'UPCOMING',
      version: 4,
    },
  ],
  kpis: [{ __typename: 'Kpi', id: 'k1', name: 'Arbeitsplätze', unit: 'Plätze', target: 1500, latest: null }],
};

const postInput = {
  projectId: 'p1',
  health: 'OFF_TRACK',
  summary: 'Der Scan-Dienstleister fällt aus.',
  achievements: null,
  nextSteps: null,
  blockers: null,
};

function renderForm(mocks: MockLink.MockedResponse[], onReload = vi.fn(async () => undefined)) {
  render(
    <MockedProvider mocks={mocks}>
      <I18nProvider>
        <MemoryRouter initialEntries={['/projekte/DIG-001/statusbericht']}>
          <Routes>
            <Route
              path="/projekte/:code/statusbericht"
              element={<StatusReportForm project={project} reloading={false} onReload={onReload} />}
            />
            <Route path="/projekte/:code" element={<p>Projektseite</p>} />
          </Routes>
        </MemoryRouter>
      </I18nProvider>
    </MockedProvider>,
  );
  return { onReload };
}

function type(label: string | RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('StatusReportForm', () => {
  it('names what is missing at the field and in a summary, and sends nothing', async () => {
    renderForm([]);
    type(/Fortschritt in Prozent/, '120');
    fireEvent.click(screen.getByRole('button', { name: 'Statusbericht speichern' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Zusammenfassung: Bitte fassen Sie den Stand zusammen.');
    expect(summary.textContent).toContain('Fortschritt in Prozent: Bitte eine ganze Zahl von 0 bis 100 angeben.');
    const textarea = screen.getByLabelText(/Zusammenfassung/);
    expect(textarea.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(textarea.getAttribute('aria-describedby')!.split(' ')[1])?.textContent).toBe(
      'Bitte fassen Sie den Stand zusammen.',
    );
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });

  it('writes the forecast, the key figure and then the report, and goes back to the project', async () => {
    renderForm([
      {
        request: {
          query: UpdateMilestoneForecastDocument,
          variables: { input: { id: 'm2', expectedVersion: 4, forecastDate: '2026-09-30' } },
        },
        result: {
          data: {
            updateMilestone: {
              __typename: 'Milestone',
              id: 'm2',
              forecastDate: '2026-09-30',
              state: 'UPCOMING',
              slipDays: 92,
              version: 5,
            },
          },
        },
      },
      {
        request: {
          query: RecordKpiMeasurementDocument,
          variables: { input: { kpiId: 'k1', date: todayIso(), value: 1250.5 } },
        },
        result: {
          data: {
            recordKpiMeasurement: {
              __typename: 'Kpi',
              id: 'k1',
              latest: { __typename: 'KpiMeasurement', date: todayIso(), value: 1250.5 },
              measurements: [{ __typename: 'KpiMeasurement', date: todayIso(), value: 1250.5, note: null }],
            },
          },
        },
      },
      {
        request: { query: PostStatusUpdateDocument, variables: { input: { ...postInput, progress: 45 } } },
        result: {
          data: {
            postStatusUpdate: {
              __typename: 'StatusUpdate',
              id: 's1',
              createdAt: '2026-03-31T09:00:00.000Z',
              health: 'OFF_TRACK',
              phase: 'IN_PROGRESS',
              progress: 45,
              summary: postInput.summary,
              project: {
                __typename: 'Project',
                id: 'p1',
                health: 'OFF_TRACK',
                phase: 'IN_PROGRESS',
                progress: 45,
                updatedAt: '2026-03-31T09:00:00.000Z',
              },
            },
          },
        },
      },
    ]);
    fireEvent.click(screen.getByLabelText('Kritisch'));
    type(/Fortschritt in Prozent/, '45');
    type(/Zusammenfassung/, postInput.summary);
    type('Prognose für „Rollout“', '2026-09-30');
    type('Neuer Wert für „Arbeitsplätze“ (Plätze)', '1.250,5');
    fireEvent.click(screen.getByRole('button', { name: 'Statusbericht speichern' }));

    expect(await screen.findByText('Projektseite')).toBeTruthy();
    expect(sessionStorage.length).toBe(0);
  });

  it("shows the API refusing a field at that field, in the reader's language from the problem's code", async () => {
    renderForm([
      {
        request: { query: PostStatusUpdateDocument, variables: { input: postInput } },
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  {
                    path: 'input.summary',
                    code: 'TOO_LONG',
                    params: { max: 4000 },
                    message: 'must be at most 4000 characters',
                  },
                ],
              },
            },
          ],
        },
      },
    ]);
    fireEvent.click(screen.getByLabelText('Kritisch'));
    type(/Zusammenfassung/, postInput.summary);
    fireEvent.click(screen.getByRole('button', { name: 'Statusbericht speichern' }));

    const textarea = await screen.findByLabelText(/Zusammenfassung/);
    await waitFor(() => expect(textarea.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getAllByText('Bitte höchstens 4.000 Zeichen.', { exact: false }).length).toBeGreaterThan(0);
    expect(screen.queryByText(/must be at most/)).toBeNull();
  });

  it('on CONFLICT says that someone else changed the project and reloads it without losing what was typed', async () => {
    const { onReload } = renderForm([
      {
        request: {
          query: UpdateMilestoneForecastDocument,
          variables: { input: { id: 'm2', expectedVersion: 4, forecastDate: '2026-09-30' } },
        },
        result: { errors: [{ message: 'Stale version', extensions: { code: 'CONFLICT' } }] },
      },
    ]);
    fireEvent.click(screen.getByLabelText('Kritisch'));
    type(/Zusammenfassung/, postInput.summary);
    type('Prognose für „Rollout“', '2026-09-30');
    fireEvent.click(screen.getByRole('button', { name: 'Statusbericht speichern' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Jemand anderes hat dieses Projekt geändert/);
    const reload = screen.getByRole('button', { name: 'Aktuellen Stand laden' });
    reload.focus();
    fireEvent.click(reload);
    await waitFor(() => expect(onReload).toHaveBeenCalledOnce());
    const reloaded = await screen.findByText(/Der aktuelle Stand ist geladen/);
    // The button went away with its notice: the focus is on what replaced it, not lost to the page.
    await waitFor(() => expect(document.activeElement).toBe(reloaded));
    expect((screen.getByLabelText(/Zusammenfassung/) as HTMLTextAreaElement).value).toBe(postInput.summary);
    expect((screen.getByLabelText('Prognose für „Rollout“') as HTMLInputElement).value).toBe('2026-09-30');
  });

  it('asks for forecasts in date fields, which phones offer a date picker for', () => {
    renderForm([]);
    const forecast = screen.getByLabelText('Prognose für „Rollout“') as HTMLInputElement;
    expect(forecast.type).toBe('date');
    fireEvent.change(forecast, { target: { value: '2026-09-30' } });
    expect(forecast.value).toBe('2026-09-30');
  });

  it('shows the forecast already given in its date field', () => {
    render(
      <MockedProvider mocks={[]}>
        <I18nProvider>
          <MemoryRouter>
            <StatusReportForm
              project={{ ...project, milestones: [{ ...project.milestones[0], forecastDate: '2026-08-31' }] }}
              reloading={false}
              onReload={async () => undefined}
            />
          </MemoryRouter>
        </I18nProvider>
      </MockedProvider>,
    );
    expect((screen.getByLabelText('Prognose für „Rollout“') as HTMLInputElement).value).toBe('2026-08-31');
  });

  it('keeps what was typed as a draft across a reload of the page', () => {
    renderForm([]);
    type(/Zusammenfassung/, 'Halb geschrieben');
    expect(JSON.parse(sessionStorage.getItem('leitstand.draft.status.p1') ?? '{}').summary).toBe('Halb geschrieben');
  });
});
