import type { Role } from '../../graphql/generated/graphql';

interface Who {
  id: string;
  role: Role;
}

interface ProjectPeople {
  lead: { id: string } | null;
  members: ReadonlyArray<{ person: { id: string } }>;
}

/** Creates projects and edits every project: portfolio managers and administrators. */
export function managesPortfolio(person: Who | null): boolean {
  return person?.role === 'ADMIN' || person?.role === 'PORTFOLIO_MANAGER';
}

/** Whether the person may report on and edit this project (a viewer never may). */
export function mayEditProject(person: Who | null, project: ProjectPeople): boolean {
  if (!person) return false;
  if (managesPortfolio(person)) return true;
  if (person.role !== 'PROJECT_LEAD') return false;
  return project.lead?.id === person.id || project.members.some((member) => member.person.id === person.id);
}

export function isAdmin(person: Who | null): boolean {
  return person?.role === 'ADMIN';
}
