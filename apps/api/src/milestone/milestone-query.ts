import { Db, jsonColumns, selectColumns } from '../common/sql';
import { Milestone } from './milestone.entity';

/**
 * A milestone as answers show it: its columns with its state and slip, as the SQL functions define
 * them. created_at and updated_at, which the API does not show, are left out (a list page has
 * hundreds of milestones, and each timestamp costs a Date).
 */
const NOT_ANSWERED = ['createdAt', 'updatedAt'];

function computed(alias: string, today: () => string): Record<string, () => string> {
  return {
    state: () =>
      `milestone_state(${alias}.planned_date, ${alias}.forecast_date, ${alias}.completed_date, ${today()}::date)`,
    slipDays: () => `milestone_slip_days(${alias}.planned_date, ${alias}.forecast_date, ${alias}.completed_date)`,
  };
}

/** The milestone's answered values as columns of a select list; `today` is the placeholder of today's date. */
export function milestoneColumns(db: Db, alias: string, today: string): string {
  const extra = Object.entries(computed(alias, () => today)).map(([name, value]) => `${value()} AS "${name}"`);
  return [selectColumns(db, Milestone, alias, NOT_ANSWERED), ...extra].join(', ');
}

/**
 * The milestone's answered values as one JSON object, for statements that bring milestones along;
 * with `fields`, only what those GraphQL fields need (see jsonColumns). `today` gives the
 * placeholder of today's date, asked for only when the state is.
 */
export function milestoneJson(db: Db, alias: string, today: () => string, fields?: ReadonlySet<string>): string {
  return jsonColumns(db, Milestone, alias, { except: NOT_ANSWERED, extra: computed(alias, today), fields });
}
