import { SystemSetting } from '../system/system-setting.entity';
import { CreateSystemSetting1764370000000 } from './migrations/1764370000000-CreateSystemSetting';

/** Every entity of the API. Listed, not globbed, so that sources, builds and tests see the same. */
export const ENTITIES = [SystemSetting];

/** Every migration, oldest first. `npm run db:migration:generate -- Name` writes a new one; add it here. */
export const MIGRATIONS = [CreateSystemSetting1764370000000];
