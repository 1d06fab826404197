import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CreateKpiDocument,
  type ProjectKpiFragment,
  RecordKpiMeasurementDocument,
} from '../../../graphql/generated/graphql';
import { pageProject, pageRead, renderProjectPage } from '../../project/testing/project-page';

// Each write is followed by the page's reload: on a busy machine that takes more than a second,
// and the first test of a file loads the whole project page.
configure({ asyncUtilTimeout: 5000 });

const homeOffice: ProjectKpiFragment = {
  __typename: 'Kpi',
  id: 'k1',
  name: 'Homeoffice-Nutzende',
  unit: 'Personen',
  baseline: 200,
  target: 1500,
  latest: { __typename: 'KpiMeasurement', date: '2026-04-01', value: 1250 },
  measurements: [{ __typename: 'KpiMeasurement', date: '2026-04-01', value: 1250, note: 'Stichtag' }],
};

const withKpis = (...kpis: ProjectKpiFragment[]) => pageRead(pageProject({ kpis }));
const change = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

describe('key figures on the project page', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-01T10:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('defines a key figure with baseline and target typed the German way', async () => {
    const defined = { ...homeOffice, latest: null, measurements: [] };
    renderProjectPage([
      withKpis(),
      {
        request: {
          query: CreateKpiDocument,
          variables: {
            input: { projectId: 'p1', name: 'Homeoffice-Nutzende', unit: 'Personen', baseline: 200, target: 1500.5 },
          },
        },
        result: { data: { createKpi: defined } },
      },
      withKpis(defined),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Kennzahl festlegen' }));
    const panel = screen.getByRole('region', { name: 'Neue Kennzahl' });
    change(within(panel).getByLabelText(/^Bezeichnung/), 'Homeoffice-Nutzende');
    change(within(panel).getByLabelText(/^Einheit/), 'Personen');
    change(within(panel).getByLabelText('Ausgangswert'), '200');
    change(within(panel).getByLabelText('Ziel'), '1.500,5');
    fireEvent.click(within(panel).getByRole('button', { name: 'Kennzahl anlegen' }));
    expect(await screen.findByText('Die Kennzahl „Homeoffice-Nutzende“ ist festgelegt.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Homeoffice-Nutzende (Personen)' })).toBeTruthy();
  });

  it('refuses a target that is no number at its field', async () => {
    renderProjectPage([withKpis()]);
    fireEvent.click(await screen.findByRole('button', { name: 'Kennzahl festlegen' }));
    change(screen.getByLabelText(/^Bezeichnung/), 'Downloads');
    change(screen.getByLabelText(/^Einheit/), 'Downloads');
    change(screen.getByLabelText('Ziel'), 'viele');
    fireEvent.click(screen.getByRole('button', { name: 'Kennzahl anlegen' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Ziel: Bitte eine Zahl angeben, z. B. 1.250 oder 12,5.');
    expect(screen.getByLabelText('Ziel').getAttribute('aria-invalid')).toBe('true');
  });

  it('records a measurement of today', async () => {
    const recorded = {
      ...homeOffice,
      latest: { __typename: 'KpiMeasurement' as const, date: '2026-05-01', value: 1320 },
      measurements: [
        ...homeOffice.measurements,
        { __typename: 'KpiMeasurement' as const, date: '2026-05-01', value: 1320, note: null },
      ],
    };
    renderProjectPage([
      withKpis(homeOffice),
      {
        request: {
          query: RecordKpiMeasurementDocument,
          variables: { input: { kpiId: 'k1', date: '2026-05-01', value: 1320, note: null, replaces: null } },
        },
        result: { data: { recordKpiMeasurement: recorded } },
      },
      withKpis(recorded),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Messwert erfassen: Homeoffice-Nutzende' }));
    const panel = screen.getByRole('region', { name: 'Messwert für „Homeoffice-Nutzende“ erfassen oder korrigieren' });
    expect((within(panel).getByLabelText(/^Datum/) as HTMLInputElement).value).toBe('2026-05-01');
    change(within(panel).getByLabelText(/^Wert in Personen/), '1.320');
    fireEvent.click(within(panel).getByRole('button', { name: 'Messwert erfassen' }));
    expect(
      await screen.findByText('Der Messwert von „Homeoffice-Nutzende“ für den 01.05.2026 ist erfasst.'),
    ).toBeTruthy();
  });

  it('corrects the measurement of a day that has one: shows it, and replaces value and note', async () => {
    const corrected = {
      ...homeOffice,
      latest: { __typename: 'KpiMeasurement' as const, date: '2026-04-01', value: 1205 },
      measurements: [
        { __typename: 'KpiMeasurement' as const, date: '2026-04-01', value: 1205, note: 'Stichtag, bereinigt' },
      ],
    };
    renderProjectPage([
      withKpis(homeOffice),
      {
        request: {
          query: RecordKpiMeasurementDocument,
          variables: {
            input: { kpiId: 'k1', date: '2026-04-01', value: 1205, note: 'Stichtag, bereinigt', replaces: 1250 },
          },
        },
        result: { data: { recordKpiMeasurement: corrected } },
      },
      withKpis(corrected),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Messwert erfassen: Homeoffice-Nutzende' }));
    change(screen.getByLabelText(/^Datum/), '2026-04-01');
    expect(
      screen.getByText(
        'Für den 01.04.2026 ist schon 1.250 Personen erfasst. Speichern korrigiert diesen Wert; der Änderungsverlauf behält den alten.',
      ),
    ).toBeTruthy();
    const value = screen.getByLabelText(/^Wert in Personen/) as HTMLInputElement;
    expect(value.value).toBe('1250');
    expect((screen.getByLabelText('Anmer\u00adkung') as HTMLTextAreaElement).value).toBe('Stichtag');
    change(value, '1205');
    change(screen.getByLabelText('Anmer\u00adkung'), 'Stichtag, bereinigt');
    fireEvent.click(screen.getByRole('button', { name: 'Messwert korrigieren' }));
    expect(
      await screen.findByText('Der Messwert von „Homeoffice-Nutzende“ für den 01.04.2026 ist korrigiert.'),
    ).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('cell', { name: 'Stichtag, bereinigt' })).toBeTruthy());
  });

  it('on CONFLICT, where someone changed the day meanwhile, keeps what was typed and corrects the value now there', async () => {
    const changed = {
      ...homeOffice,
      latest: { __typename: 'KpiMeasurement' as const, date: '2026-04-01', value: 1260 },
      measurements: [{ __typename: 'KpiMeasurement' as const, date: '2026-04-01', value: 1260, note: 'Stichtag' }],
    };
    const corrected = {
      ...changed,
      latest: { __typename: 'KpiMeasurement' as const, date: '2026-04-01', value: 1205 },
      measurements: [{ __typename: 'KpiMeasurement' as const, date: '2026-04-01', value: 1205, note: 'Stichtag' }],
    };
    const correction = (replaces: number) => ({
      query: RecordKpiMeasurementDocument,
      variables: { input: { kpiId: 'k1', date: '2026-04-01', value: 1205, note: 'Stichtag', replaces } },
    });
    renderProjectPage([
      withKpis(homeOffice),
      {
        request: correction(1250),
        result: { errors: [{ message: 'Changed meanwhile', extensions: { code: 'CONFLICT', currentValue: 1260 } }] },
      },
      withKpis(changed),
      { request: correction(1260), result: { data: { recordKpiMeasurement: corrected } } },
      withKpis(corrected),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Messwert erfassen: Homeoffice-Nutzende' }));
    change(screen.getByLabelText(/^Datum/), '2026-04-01');
    change(screen.getByLabelText(/^Wert in Personen/), '1205');
    fireEvent.click(screen.getByRole('button', { name: 'Messwert korrigieren' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Jemand anderes hat diesen Datensatz inzwischen geändert/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Aktuellen Stand laden' }));
    await waitFor(() =>
      expect(screen.getByText(/Für den 01\.04\.2026 ist schon 1\.260 Personen erfasst/)).toBeTruthy(),
    );
    expect((screen.getByLabelText(/^Wert in Personen/) as HTMLInputElement).value).toBe('1205');
    fireEvent.click(screen.getByRole('button', { name: 'Messwert korrigieren' }));
    expect(
      await screen.findByText('Der Messwert von „Homeoffice-Nutzende“ für den 01.04.2026 ist korrigiert.'),
    ).toBeTruthy();
  });
});
