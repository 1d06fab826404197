import { ApiToken } from '../access/api-token.entity';
import { SecurityEvent } from '../access/security-event.entity';
import { Session } from '../access/session.entity';
import { Department } from '../people/department.entity';
import { Person } from '../people/person.entity';
import { SystemSetting } from '../system/system-setting.entity';
import { CreateSystemSetting1764370000000 } from './migrations/1764370000000-CreateSystemSetting';
import { AddPeopleAndAccess1795909755944 } from './migrations/1795909755944-AddPeopleAndAccess';

/** Every entity of the API. Listed, not globbed, so that sources, builds and tests see the same. */
export const ENTITIES = [SystemSetting, Department, Person, Session, ApiToken, SecurityEvent];

/** Every migration, oldest first. `npm run db:migration:generate -- Name` writes a new one; add it here. */
export const MIGRATIONS = [CreateSystemSetting1764370000000, AddPeopleAndAccess1795909755944];
