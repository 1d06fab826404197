import { describe, expect, it } from 'vitest';
import type { ProjectRowFragment } from '../../graphql/generated/graphql';
import { de, en, MessageKey } from '../../i18n/messages';
import { projectsCsv, toCsv } from './csv';

const t = (catalogue: Record<MessageKey, string>) => (key: MessageKey) => catalogue[key];

const row: ProjectRowFragment = {
  __typename: 'Project',
  id: 'p1',
  code: 'DIG-001',
  title: 'E-Akte; Rollout "Phase 2"',
  phase: 'IN_PROGRESS',
  health: 'AT_RISK',
  progress: 40,
  tags: ['E-Akte', 'Scan'],
  field: { __typename: 'FieldOfAction', id: 'f1', name: 'Digitale Verwaltung' },
  department: { __typename: 'Department', id: 'd1', code: 'Amt 103', name: 'IT' },
  lead: { __typename: 'Person', id: 'l1', name: '=HYPERLINK("x")' },
  sponsor: { __typename: 'Person', id: 's1', name: 'Dr. Eva Schulz' },
  startDate: '2025-01-15',
  plannedEndDate: '2026-03-31',
  forecastEndDate: null,
  budget: { __typename: 'Budget', planned: '1250000', spent: '310000.5', currency: 'EUR' },
  nextMilestone: null,
  latestStatus: { __typename: 'StatusUpdate', id: 's1', createdAt: '2026-03-01T09:00:00.000Z' },
};

describe('projectsCsv', () => {
  it('writes German CSV: semicolons, German dates, decimal commas, quoted fields', () => {
    const lines = projectsCsv([row], 'de', t(de)).replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toMatch(/^Kürzel;Titel;Status;Phase;Fortschritt;/);
    expect(lines[1]).toBe(
      'DIG-001;"E-Akte; Rollout ""Phase 2""";Gefährdet;In Umsetzung;40;Digitale Verwaltung;Amt 103 IT;' +
        `"'=HYPERLINK(""x"")";Dr. Eva Schulz;15.01.2025;31.03.2026;;1250000,00;310000,50;EUR;E-Akte, Scan`,
    );
  });
  it('writes English CSV with commas and decimal points', () => {
    const lines = projectsCsv([row], 'en', t(en)).split('\r\n');
    expect(lines[1]).toContain(',Dr. Eva Schulz,15/01/2025,31/03/2026,,1250000.00,310000.50,EUR,"E-Akte, Scan"');
  });
  it('says of a project never reported on that there is no report yet, not that it is on track', () => {
    const never = { ...row, health: 'ON_TRACK' as const, latestStatus: null };
    expect(projectsCsv([never], 'de', t(de)).split('\r\n')[1]).toContain(';Noch kein Bericht;In Umsetzung;');
    expect(projectsCsv([never], 'en', t(en)).split('\r\n')[1]).toContain(',No report yet,In progress,');
  });
  it('starts with a byte order mark so that spreadsheets read UTF-8', () => {
    expect(toCsv([['ä']], 'de')).toBe('\uFEFFä\r\n');
  });
});
