import { Link } from 'react-router';
import type { DashboardQuery, ProjectFilter } from '../../../graphql/generated/graphql';
import { useContentLang } from '../../../i18n/useContentLang';
import { useFormat } from '../../../i18n/useFormat';
import { useI18n } from '../../../i18n/useI18n';
import { TableWrap } from '../../../ui/TableWrap';
import { filterQuery, ProjectFilterState, toProjectFilter } from '../../project/filter-url';
import { useFieldBudget } from '../hooks/useFieldBudget';
import { BudgetCells, BudgetHeaderCells } from './BudgetStanding';

type FieldEntry = DashboardQuery['portfolioSummary']['byField'][number];

function FieldBudgetRow({
  entry,
  filter,
  input,
}: {
  entry: FieldEntry;
  filter: ProjectFilterState;
  input: ProjectFilter | null;
}) {
  const { t, n } = useI18n();
  const format = useFormat();
  const lang = useContentLang();
  const { data } = useFieldBudget(input, entry.field.id);
  const summary = data?.portfolioSummary;
  const link = `/projekte${filterQuery({ ...filter, fieldId: [entry.field.id] })}`;
  return (
    <tr>
      <th scope="row" lang={lang}>
        <Link to={link}>{entry.field.name}</Link>
      </th>
      <td className="numeric">
        <Link to={link} aria-label={n('budget.fieldProjects', entry.projectCount, { field: entry.field.name })}>
          {format.number(entry.projectCount)}
        </Link>
      </td>
      {summary ? (
        <BudgetCells planned={summary.budgetPlanned} spent={summary.budgetSpent} />
      ) : (
        <td colSpan={4} className="loading">
          {t('state.loading')}
        </td>
      )}
    </tr>
  );
}

/** Budget planned and spent per field of action (each summed by the database), and in total. */
export function BudgetByField({
  summary,
  filter,
}: {
  summary: DashboardQuery['portfolioSummary'];
  filter: ProjectFilterState;
}) {
  const { t } = useI18n();
  const format = useFormat();
  const input = toProjectFilter(filter);
  const title = t('dashboard.budgetByField');
  return (
    <section aria-labelledby="budget-by-field-heading" className="card">
      <h2 id="budget-by-field-heading">{title}</h2>
      <TableWrap label={title}>
        <table className="table table-compact budget-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('project.field')}</th>
              <th scope="col" className="numeric">
                {t('dashboard.projects')}
              </th>
              <BudgetHeaderCells />
            </tr>
          </thead>
          <tbody>
            {summary.byField.map((entry) => (
              <FieldBudgetRow key={entry.field.id} entry={entry} filter={filter} input={input} />
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dashboard.total')}</th>
              <td className="numeric">
                <Link to={`/projekte${filterQuery(filter)}`}>{format.number(summary.projectCount)}</Link>
              </td>
              <BudgetCells planned={summary.budgetPlanned} spent={summary.budgetSpent} />
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </section>
  );
}
