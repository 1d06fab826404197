import type { ProjectDetailFragment } from '../../graphql/generated/graphql';

export interface PersonOption {
  id: string;
  name: string;
}

/**
 * What a section of the project page needs to offer its edit controls; null where the person may
 * not edit the project (they see none).
 */
export interface ProjectEditor {
  projectId: string;
  /** The project's people (lead, sponsor, members), who may own a milestone or a risk. */
  people: readonly PersonOption[];
}

/** The project's lead, sponsor and members, each once, by name. */
export function projectPeople(project: Pick<ProjectDetailFragment, 'lead' | 'sponsor' | 'members'>): PersonOption[] {
  const byId = new Map<string, PersonOption>();
  for (const person of [project.lead, project.sponsor, ...project.members.map((member) => member.person)]) {
    if (person && !byId.has(person.id)) byId.set(person.id, { id: person.id, name: person.name });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/**
 * The owner choices of a record: no one, the project's people, and the record's current owner
 * where that is someone else (so that saving never drops an owner unasked).
 */
export function ownerOptions(
  people: readonly PersonOption[],
  current: PersonOption | null | undefined,
  none: string,
): { value: string; label: string }[] {
  const listed = current && !people.some((person) => person.id === current.id) ? [...people, current] : people;
  return [{ value: '', label: none }, ...listed.map((person) => ({ value: person.id, label: person.name }))];
}
