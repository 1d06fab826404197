import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import {
  ProjectHistoryDocument,
  ProjectPageDocument,
  type ProjectPageQuery,
  type Role,
} from '../../../graphql/generated/graphql';
import { I18nProvider } from '../../../i18n/I18nProvider';
import { SessionContext } from '../../access/hooks/useSession';
import { ProjectPage } from '../components/ProjectPage';

export type PageProject = NonNullable<ProjectPageQuery['project']>;

const lead = { __typename: 'Person' as const, id: 'lead', name: 'Lea Leitner', email: 'lead@leitstand.example' };

/** A project as the project page reads it, with what the test names and nothing else. */
export function pageProject(overrides: Partial<PageProject> = {}): PageProject {
  return {
    __typename: 'Project',
    id: 'p1',
    code: 'DIG-001',
    title: 'E-Akte',
    summary: null,
    phase: 'IN_PROGRESS',
    health: 'ON_TRACK',
    progress: 40,
    tags: [],
    version: 3,
    createdAt: '2025-01-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    field: null,
    department: null,
    lead,
    sponsor: null,
    members: [
      { __typename: 'ProjectMember', role: 'Fachlich', person: { __typename: 'Person', id: 'm1', name: 'Max Muster' } },
    ],
    startDate: null,
    plannedEndDate: null,
    forecastEndDate: null,
    actualEndDate: null,
    budget: { __typename: 'Budget', planned: null, spent: null, currency: 'EUR' },
    milestones: [],
    kpis: [],
    risks: [],
    dependsOn: [],
    dependents: [],
    endangeredBy: [],
    archivedAt: null,
    statusUpdates: { __typename: 'StatusUpdateConnection', totalCount: 0, nodes: [] },
    ...overrides,
  };
}

/** The project page's read, answering with this project (each answer once). */
export function pageRead(project: PageProject): MockLink.MockedResponse {
  return { request: { query: ProjectPageDocument, variables: { code: project.code } }, result: { data: { project } } };
}

const emptyHistory: MockLink.MockedResponse = {
  request: { query: ProjectHistoryDocument, variables: { id: 'p1', after: null, entityTypes: null } },
  result: {
    data: {
      node: {
        __typename: 'Project',
        id: 'p1',
        history: {
          __typename: 'AuditEventConnection',
          totalCount: 0,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes: [],
        },
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

/**
 * The project page of DIG-001 as a person with this role sees it (the project lead by default),
 * against an API that answers with `mocks` in turn; its history is empty.
 */
export function renderProjectPage(mocks: MockLink.MockedResponse[], role: Role = 'PROJECT_LEAD', locale = 'de') {
  localStorage.setItem('leitstand.locale', locale);
  const person = {
    __typename: 'Person' as const,
    id: role === 'PROJECT_LEAD' ? lead.id : `someone-${role}`,
    name: 'Angemeldete Person',
    email: 'person@leitstand.example',
    role,
    department: null,
  };
  const session = {
    state: { status: 'signedIn' as const, person },
    person,
    signIn: async () => undefined,
    signOut: async () => undefined,
    retry: () => undefined,
  };
  return render(
    <MockedProvider mocks={[...mocks, emptyHistory]}>
      <I18nProvider>
        <SessionContext.Provider value={session}>
          <MemoryRouter initialEntries={['/projekte/DIG-001']}>
            <Routes>
              <Route path="/projekte/:code" element={<ProjectPage />} />
            </Routes>
          </MemoryRouter>
        </SessionContext.Provider>
      </I18nProvider>
    </MockedProvider>,
  );
}
