import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProjectHistoryDocument } from '../../../graphql/generated/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { ChangeHistory } from './ChangeHistory';

const LEAD = 'a1b2c3d4-0000-4000-8000-000000000001';
const OTHER = 'a1b2c3d4-0000-4000-8000-000000000002';

function page(nodes: object[]) {
  return {
    data: {
      node: {
        __typename: 'Project',
        id: 'p1',
        history: {
          __typename: 'AuditEventConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes,
        },
      },
    },
  };
}

const change = (field: string, from: string | null, to: string | null, fromDisplay = from, toDisplay = to) => ({
  __typename: 'FieldChange',
  field,
  from,
  to,
  fromDisplay,
  toDisplay,
});

const entry = (id: string, action: string, entityType: string, changes: object[]) => ({
  __typename: 'AuditEvent',
  id,
  at: '2026-11-30T10:00:00.000Z',
  action,
  entityType,
  entityId: 'x',
  actor: { __typename: 'Person', id: 'u', name: 'Miriam Albers' },
  changes,
});

function renderHistory() {
  localStorage.setItem('leitstand.locale', 'de');
  render(
    <MockedProvider
      mocks={[
        {
          request: { query: ProjectHistoryDocument, variables: { id: 'p1', after: null, entityTypes: null } },
          result: page([
            entry('e1', 'project.updated', 'Project', [
              change('leadId', LEAD, OTHER, 'Jonas Ebert', 'Helga Vogt'),
              change('budgetSpent', '1000.00', '1250000.50'),
              change('plannedEndDate', '2027-03-31', '2027-06-30'),
            ]),
            entry('e2', 'kpi.measurement.recorded', 'Kpi', [change('measurement 2026-11-04', '4200', '5000')]),
          ]),
        },
        {
          request: { query: ProjectHistoryDocument, variables: { id: 'p1', after: null, entityTypes: ['Milestone'] } },
          result: page([
            entry('e3', 'milestone.rebaselined', 'Milestone', [
              change('plannedDate', '2027-01-15', '2027-02-28'),
              change('reason', null, 'Vergabe verzögert'),
            ]),
          ]),
        },
      ]}
    >
      <I18nProvider>
        <ChangeHistory projectId="p1" />
      </I18nProvider>
    </MockedProvider>,
  );
}

describe('ChangeHistory', () => {
  it('reads as words: actions and fields by their labels, people by name, dates and amounts formatted', async () => {
    renderHistory();
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Projekt geändert')).toBeTruthy();
    expect(within(table).getByText('Projektleitung: Jonas Ebert → Helga Vogt')).toBeTruthy();
    expect(within(table).getByText(/^Budget ausgegeben: 1\.000,00\s€ → 1\.250\.000,50\s€$/)).toBeTruthy();
    expect(within(table).getByText('Geplantes Ende: 31.03.2027 → 30.06.2027')).toBeTruthy();
    expect(within(table).getByText('Messwert erfasst')).toBeTruthy();
    expect(within(table).getByText('Messwert vom 04.11.2026: 4.200 → 5.000')).toBeTruthy();
    expect(table.textContent).not.toMatch(/leadId|budgetSpent|kpi\.measurement|a1b2c3d4/);
  });

  it('shows only the changes of the kind chosen', async () => {
    renderHistory();
    await screen.findByRole('table');
    fireEvent.change(screen.getByLabelText('Art der Änderung'), { target: { value: 'Milestone' } });
    expect(await screen.findByText('Basisplan des Meilensteins verschoben')).toBeTruthy();
    expect(screen.getByText('Basisplan: 15.01.2027 → 28.02.2027')).toBeTruthy();
    expect(screen.getByText('Begründung: – → Vergabe verzögert')).toBeTruthy();
    expect(screen.queryByText('Projekt geändert')).toBeNull();
  });
});
