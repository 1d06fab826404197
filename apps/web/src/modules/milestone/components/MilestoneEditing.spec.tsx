import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CompleteMilestoneDocument,
  CreateMilestoneDocument,
  DeleteMilestoneDocument,
  type ProjectMilestoneFragment,
  RebaselineMilestoneDocument,
  UpdateMilestoneDocument,
} from '../../../graphql/generated/graphql';
import { pageProject, pageRead, renderProjectPage } from '../../project/testing/project-page';

// Each write is followed by the page's reload: on a busy machine that takes more than a second,
// and the first test of a file loads the whole project page.
configure({ asyncUtilTimeout: 5000 });

const rollout: ProjectMilestoneFragment = {
  __typename: 'Milestone',
  id: 'm1',
  title: 'Rollout',
  description: null,
  plannedDate: '2026-06-30',
  forecastDate: null,
  completedDate: null,
  state: 'UPCOMING',
  slipDays: 0,
  version: 4,
  owner: null,
  rebaselines: [],
};

const withMilestones = (...milestones: ProjectMilestoneFragment[]) => pageRead(pageProject({ milestones }));

function type(label: string | RegExp, value: string, within: HTMLElement = document.body) {
  const field = screen.getAllByLabelText(label).find((element) => within.contains(element));
  if (!field) throw new Error(`no field ${String(label)}`);
  fireEvent.change(field, { target: { value } });
}

const section = () => screen.getByRole('region', { name: 'Meilensteine' });

describe('editing milestones on the project page', { timeout: 20_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-05-01T10:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('adds a milestone with its owner and baseline, and says so', async () => {
    const added = { ...rollout, owner: { __typename: 'Person' as const, id: 'm1', name: 'Max Muster' }, version: 1 };
    renderProjectPage([
      withMilestones(),
      {
        request: {
          query: CreateMilestoneDocument,
          variables: {
            input: { projectId: 'p1', title: 'Rollout', description: null, plannedDate: '2026-06-30', ownerId: 'm1' },
          },
        },
        result: { data: { createMilestone: added } },
      },
      withMilestones(added),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Meilenstein hinzufügen' }));
    const panel = screen.getByRole('region', { name: 'Neuer Meilenstein' });
    await waitFor(() => expect(document.activeElement).toBe(within(panel).getByRole('heading')));
    type(/^Meilenstein \*/, '  Rollout ', panel);
    type(/^Geplant \(Basis\)/, '2026-06-30', panel);
    fireEvent.change(within(panel).getByLabelText('Verantwortlich'), { target: { value: 'm1' } });
    expect((within(panel).getByLabelText(/^Geplant \(Basis\)/) as HTMLInputElement).type).toBe('date');
    fireEvent.click(within(panel).getByRole('button', { name: 'Meilenstein anlegen' }));

    expect(await screen.findByText('Der Meilenstein „Rollout“ ist hinzugefügt.')).toBeTruthy();
    expect(within(section()).getByRole('rowheader', { name: 'Rollout' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Neuer Meilenstein' })).toBeNull();
  });

  it('names a missing title and baseline at their fields and sends nothing', async () => {
    renderProjectPage([withMilestones()]);
    fireEvent.click(await screen.findByRole('button', { name: 'Meilenstein hinzufügen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Meilenstein anlegen' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Meilenstein: Bitte ausfüllen.');
    expect(summary.textContent).toContain('Geplant (Basis): Bitte ein gültiges Datum angeben.');
    expect(screen.getByLabelText(/^Meilenstein \*/).getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(summary));
  });

  it('shows what the API refuses at its field, in German', async () => {
    renderProjectPage([
      withMilestones(),
      {
        request: {
          query: CreateMilestoneDocument,
          variables: {
            input: { projectId: 'p1', title: 'Rollout', description: null, plannedDate: '1999-01-01', ownerId: null },
          },
        },
        result: {
          errors: [
            {
              message: 'Invalid input',
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [
                  {
                    path: 'input.plannedDate',
                    code: 'BEFORE',
                    params: { other: 'startDate' },
                    message: 'must not be before the start date',
                  },
                ],
              },
            },
          ],
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Meilenstein hinzufügen' }));
    type(/^Meilenstein \*/, 'Rollout');
    type(/^Geplant \(Basis\)/, '1999-01-01');
    fireEvent.click(screen.getByRole('button', { name: 'Meilenstein anlegen' }));
    const date = screen.getByLabelText(/^Geplant \(Basis\)/);
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'));
    const described = (date.getAttribute('aria-describedby') ?? '').split(' ');
    // In the reader's language, from the problem's code; never the API's English words.
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain(
      'Darf nicht vor dem Start liegen.',
    );
    expect((screen.getByLabelText(/^Meilenstein \*/) as HTMLInputElement).value).toBe('Rollout');
  });

  it('on CONFLICT keeps what was typed, shows the server’s values at their fields, and saves on the new version', async () => {
    const theirs = { ...rollout, title: 'Rollout (neu)', forecastDate: '2026-09-30', slipDays: 92, version: 5 };
    const mine = { ...theirs, title: 'Rollout Welle 1', version: 6 };
    renderProjectPage([
      withMilestones(rollout),
      {
        request: {
          query: UpdateMilestoneDocument,
          variables: { input: { id: 'm1', expectedVersion: 4, title: 'Rollout Welle 1' } },
        },
        result: { errors: [{ message: 'Stale version', extensions: { code: 'CONFLICT', currentVersion: 5 } }] },
      },
      withMilestones(theirs),
      {
        request: {
          query: UpdateMilestoneDocument,
          variables: { input: { id: 'm1', expectedVersion: 5, title: 'Rollout Welle 1' } },
        },
        result: { data: { updateMilestone: mine } },
      },
      withMilestones(mine),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Bearbeiten: Rollout' }));
    type(/^Meilenstein \*/, 'Rollout Welle 1');
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Jemand anderes hat diesen Meilenstein geändert/);
    fireEvent.click(within(alert).getByRole('button', { name: 'Aktuellen Stand laden' }));
    const reloaded = await screen.findByText(/Der aktuelle Stand ist geladen/);
    await waitFor(() => expect(document.activeElement).toBe(reloaded));
    expect((screen.getByLabelText(/^Meilenstein \*/) as HTMLInputElement).value).toBe('Rollout Welle 1');
    expect(screen.getByText('Inzwischen auf dem Server: Rollout (neu)')).toBeTruthy();
    // A field not typed in shows what the server has now, and says that it changed.
    expect((screen.getByLabelText('Prognose') as HTMLInputElement).value).toBe('2026-09-30');
    expect(screen.getByText('Inzwischen auf dem Server: 30.09.2026')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Der Meilenstein „Rollout Welle 1“ ist gespeichert.')).toBeTruthy();
  });

  it('re-baselines only with a reason, and keeps the old baseline visible', async () => {
    const moved = {
      ...rollout,
      plannedDate: '2026-09-30',
      version: 5,
      rebaselines: [
        {
          __typename: 'Rebaseline' as const,
          at: '2026-05-01T08:00:00.000Z',
          by: { __typename: 'Person' as const, id: 'lead', name: 'Lea Leitner' },
          fromDate: '2026-06-30',
          toDate: '2026-09-30',
          reason: 'Beschluss des Lenkungskreises',
        },
      ],
    };
    renderProjectPage([
      withMilestones(rollout),
      {
        request: {
          query: RebaselineMilestoneDocument,
          variables: {
            id: 'm1',
            expectedVersion: 4,
            plannedDate: '2026-09-30',
            reason: 'Beschluss des Lenkungskreises',
          },
        },
        result: { data: { rebaselineMilestone: moved } },
      },
      withMilestones(moved),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Basis verschieben: Rollout' }));
    const panel = screen.getByRole('region', { name: 'Basis von „Rollout“ verschieben' });
    type(/^Neuer Basistermin/, '2026-09-30', panel);
    fireEvent.click(within(panel).getByRole('button', { name: 'Basis verschieben' }));
    expect((await within(panel).findByRole('alert')).textContent).toContain(
      'Begründung: Bitte begründen Sie, warum die Basis verschoben wird.',
    );
    type(/^Begründung/, 'Beschluss des Lenkungskreises', panel);
    fireEvent.click(within(panel).getByRole('button', { name: 'Basis verschieben' }));

    expect(await screen.findByText('Die Basis des Meilensteins „Rollout“ ist verschoben.')).toBeTruthy();
    const row = within(within(section()).getByRole('rowheader', { name: 'Rollout' }).closest('tr') as HTMLElement);
    expect(row.getByText('30.09.2026')).toBeTruthy();
    expect(row.getByText('Basis 1-mal verschoben, zuerst geplant: 30.06.2026')).toBeTruthy();
    expect(
      row.getByText(/vom 30\.06\.2026 auf den 30\.09\.2026 verschoben, am 01\.05\.2026, \d\d:\d\d von Lea Leitner/),
    ).toBeTruthy();
    expect(row.getByText('Beschluss des Lenkungskreises')).toBeTruthy();
  });

  it('completes a milestone on a date, not one in the future', async () => {
    const done = { ...rollout, completedDate: '2026-04-28', state: 'DONE' as const, slipDays: -63, version: 5 };
    renderProjectPage([
      withMilestones(rollout),
      {
        request: {
          query: CompleteMilestoneDocument,
          variables: { id: 'm1', expectedVersion: 4, completedDate: '2026-04-28' },
        },
        result: { data: { completeMilestone: done } },
      },
      withMilestones(done),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Als erledigt melden: Rollout' }));
    const date = screen.getByLabelText(/^Erledigt am/) as HTMLInputElement;
    expect(date.value).toBe('2026-05-01');
    type(/^Erledigt am/, '2026-05-02');
    fireEvent.click(screen.getByRole('button', { name: 'Als erledigt melden' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Das Datum darf nicht in der Zukunft liegen.');
    type(/^Erledigt am/, '2026-04-28');
    fireEvent.click(screen.getByRole('button', { name: 'Als erledigt melden' }));
    expect(await screen.findByText('Der Meilenstein „Rollout“ ist als erledigt gemeldet.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Als erledigt melden: Rollout' })).toBeNull();
  });

  it('asks before deleting a milestone, and deletes it only when confirmed', async () => {
    renderProjectPage([
      withMilestones(rollout),
      {
        request: { query: DeleteMilestoneDocument, variables: { id: 'm1', expectedVersion: 4 } },
        result: { data: { deleteMilestone: 'm1' } },
      },
      withMilestones(),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Löschen: Rollout' }));
    let dialog = screen.getByRole('dialog', { name: 'Meilenstein löschen?' });
    expect(dialog.textContent).toContain('Der Meilenstein „Rollout“ wird gelöscht.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(within(section()).getByRole('rowheader', { name: 'Rollout' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Löschen: Rollout' }));
    dialog = screen.getByRole('dialog', { name: 'Meilenstein löschen?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Meilenstein löschen' }));
    expect(await screen.findByText('Der Meilenstein „Rollout“ ist gelöscht.')).toBeTruthy();
    expect(within(section()).queryByRole('rowheader', { name: 'Rollout' })).toBeNull();
  });

  it('offers a viewer no edit controls', async () => {
    renderProjectPage([withMilestones(rollout)], 'VIEWER');
    await screen.findByRole('rowheader', { name: 'Rollout' });
    // Printing is for everyone; nothing else is a button for a viewer.
    expect(screen.queryAllByRole('button').map((button) => button.textContent)).toEqual(['Drucken']);
  });
});
