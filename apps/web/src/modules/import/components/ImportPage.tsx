import {
  IMPORT_TEMPLATE_PATH,
  ImportProblem,
  ImportReport,
  ImportRowResult,
  LOCALE_PARAM,
} from '@leitstand/shared-domain';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { MessageKey } from '../../../i18n/messages';
import { useI18n } from '../../../i18n/useI18n';
import { PageTitle } from '../../../ui/PageTitle';
import { TableWrap } from '../../../ui/TableWrap';
import { useProjectImport } from '../hooks/useProjectImport';

const rowKey = (problem: { sheet: string | null; row: number | null }) => `${problem.sheet}:${problem.row}`;

/** One problem in the reader's words: where (the cell and its column) and what, by its code. */
function ProblemText({ problem }: { problem: ImportProblem }) {
  const { t, has } = useI18n();
  const key = `import.error.${problem.code}`;
  const text = has(key) ? t(key as MessageKey) : problem.message;
  return (
    <>
      {problem.cell && problem.column
        ? t('import.problem.at', { cell: problem.cell, column: problem.column })
        : problem.column
          ? t('import.problem.column', { column: problem.column })
          : null}
      {text}
    </>
  );
}

/** The dry run (or the import's result) as a table: one row per row of the file, its changes field by field, its errors at their cells. */
function ReportTable({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const problemsOf = new Map<string, ImportProblem[]>();
  for (const problem of report.errors) {
    const key = rowKey(problem);
    problemsOf.set(key, [...(problemsOf.get(key) ?? []), problem]);
  }
  const caption = report.dryRun ? t('import.table.dryRun') : t('import.table.result');
  const action = (row: ImportRowResult) => t(`import.action.${row.action}`);
  return (
    <TableWrap label={caption}>
      <table className="table import-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.column.sheet')}</th>
            <th scope="col">{t('import.column.row')}</th>
            <th scope="col">{t('import.column.key')}</th>
            <th scope="col">{t('import.column.action')}</th>
            <th scope="col">{t('import.column.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => {
            const problems = problemsOf.get(rowKey(row)) ?? [];
            return (
              <tr key={rowKey(row)} data-action={row.action}>
                <td>{t(`import.sheet.${row.sheet}`)}</td>
                <td>{row.row}</td>
                <th scope="row">{row.key || '–'}</th>
                <td>
                  <span className={`import-action import-action-${row.action}`}>{action(row)}</span>
                </td>
                <td>
                  {problems.length > 0 && (
                    <ul className="import-problems">
                      {problems.map((problem, index) => (
                        <li key={index} className="field-error">
                          <ProblemText problem={problem} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {row.changes.length > 0 && (
                    <ul className="import-changes">
                      {row.changes.map((change) => (
                        <li key={change.column}>
                          {change.from === null
                            ? t('import.change.set', { column: change.column, to: change.to ?? '–' })
                            : t('import.change.changed', {
                                column: change.column,
                                from: change.from,
                                to: change.to ?? '–',
                              })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}

/**
 * The import of a portfolio from a spreadsheet: choose a file, see what it would do (the dry
 * run, every error at its row and cell), fix the file and check again, then import it.
 */
export function ImportPage() {
  const { t, n, locale } = useI18n();
  const { send, sending, failure } = useProjectImport();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<ImportReport | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);

  async function check(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setResult(null);
    setChecked(await send(file, true));
  }

  async function commit() {
    if (!file) return;
    const done = await send(file, false);
    if (done && done.errors.length === 0) {
      setChecked(null);
      setResult(done);
    } else setChecked(done);
  }

  const fileProblems = (checked?.errors ?? []).filter((problem) => problem.row === null || problem.row === 1);
  const changes = checked ? checked.created + checked.updated : 0;
  const template = `${IMPORT_TEMPLATE_PATH}${locale === 'de' ? '' : `?${LOCALE_PARAM}=${locale}`}`;

  return (
    <>
      <PageTitle>{t('import.title')}</PageTitle>
      <p>{t('import.intro')}</p>
      <p>
        <a className="button-link button-secondary" href={template} download>
          {t('import.template')}
        </a>
      </p>
      <form className="form card" onSubmit={(event) => void check(event)}>
        <div className="field">
          <label htmlFor="import-file">{t('import.file')}</label>
          <input
            id="import-file"
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby="import-file-hint"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setChecked(null);
              setResult(null);
            }}
          />
          <p id="import-file-hint" className="hint">
            {t('import.file.hint')}
          </p>
        </div>
        <button type="submit" disabled={!file || sending}>
          {t('import.check')}
        </button>
      </form>
      <div aria-live="polite">
        {sending && <p className="loading">{t('import.sending')}</p>}
        {failure && (
          <div role="alert" className="notice notice-error">
            <p>{t(`error.${failure}`)}</p>
          </div>
        )}
        {result && (
          <div role="status" className="notice notice-success">
            <p>
              {t('import.done', {
                created: n('import.count.rows', result.created),
                updated: n('import.count.rows', result.updated),
              })}
            </p>
            <p>
              <Link to="/projekte">{t('import.toProjects')}</Link>
            </p>
          </div>
        )}
        {checked && (
          <section aria-labelledby="import-summary-heading">
            <h2 id="import-summary-heading">{t('import.summary.heading')}</h2>
            <p role="status">
              {t('import.summary', {
                created: n('import.count.rows', checked.created),
                updated: n('import.count.rows', checked.updated),
                unchanged: n('import.count.rows', checked.unchanged),
                errors: n('import.count.errors', checked.errors.length),
              })}
            </p>
            {checked.errors.length > 0 && (
              <div role="alert" className="notice notice-error">
                <p>{t(checked.dryRun ? 'import.fixAndRetry' : 'import.refused')}</p>
                {fileProblems.length > 0 && (
                  <ul>
                    {fileProblems.map((problem, index) => (
                      <li key={index}>
                        <ProblemText problem={problem} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            )}
            {checked.errors.length === 0 && changes === 0 && <p>{t('import.nothingToDo')}</p>}
            {checked.errors.length === 0 && changes > 0 && (
              <p>
                <button type="button" onClick={() => void commit()} disabled={sending}>
                  {t('import.commit')}
                </button>
              </p>
            )}
          </section>
        )}
      </div>
      {(result ?? checked) && (result ?? checked)!.rows.length > 0 && <ReportTable report={(result ?? checked)!} />}
    </>
  );
}
