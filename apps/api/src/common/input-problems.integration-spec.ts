import { INPUT_PROBLEM_CODES } from '@leitstand/shared-domain';
import { GraphQLBody } from '../../test/graphql-client';
import {
  addDays,
  CREATE_PROJECT,
  EMAIL,
  MISSING_ID,
  Portfolio,
  problemsOf,
  SET_DEPENDENCIES,
  today,
} from '../../test/portfolio';
import { startTestApp, TestApp } from '../../test/test-app';

/** Every refused field carries a code (and the values its wording needs), for the client to word in its reader's language. */
describe('the codes of refused input', () => {
  let t: TestApp;
  let api: Portfolio;

  beforeAll(async () => {
    t = await startTestApp();
    api = new Portfolio(t);
  });
  afterAll(async () => {
    await t.close();
  });

  function problems(body: GraphQLBody<unknown>) {
    const list = problemsOf(body);
    for (const problem of list) expect(INPUT_PROBLEM_CODES).toContain(problem.code);
    return Object.fromEntries(list.map(({ path, code, params }) => [path, params ? { code, params } : { code }]));
  }

  it("names the rule of each field that its input class breaks, with the rule's bound", async () => {
    const body = await api.as(EMAIL.portfolio, CREATE_PROJECT, {
      input: {
        code: 'dig 7',
        title: '   ',
        summary: 'x'.repeat(5001),
        tags: ['t'.repeat(51)],
        startDate: today(),
        plannedEndDate: addDays(today(), -1),
        budgetPlanned: '-5',
        fieldId: MISSING_ID,
      },
    });
    expect(problems(body)).toEqual({
      'input.code': { code: 'BAD_FORMAT' },
      'input.title': { code: 'REQUIRED' },
      'input.summary': { code: 'TOO_LONG', params: { max: 5000 } },
      'input.tags': { code: 'TOO_LONG', params: { max: 50 } },
      'input.plannedEndDate': { code: 'BEFORE', params: { other: 'startDate' } },
      'input.budgetPlanned': { code: 'NEGATIVE' },
      'input.fieldId': { code: 'UNKNOWN_REFERENCE', params: { what: 'FieldOfAction' } },
    });
  });

  it('names what GraphQL itself refuses: a date that is no date, a value of no enum', async () => {
    const date = await api.as(EMAIL.portfolio, CREATE_PROJECT, {
      input: { code: api.nextCode(), title: 'Datum', startDate: '2027-02-30' },
    });
    expect(Object.values(problems(date))).toEqual([{ code: 'NOT_DATE' }]);
    const phase = await api.as(EMAIL.portfolio, CREATE_PROJECT, {
      input: { code: api.nextCode(), title: 'Phase', phase: 'SOMEDAY' },
    });
    expect(Object.values(problems(phase))).toEqual([{ code: 'NOT_ALLOWED' }]);
  });

  it("names the rules that services check: a code that is taken, a cycle, a project's own id", async () => {
    const first = await api.makeProject();
    const taken = await api.as(EMAIL.portfolio, CREATE_PROJECT, { input: { code: first.code, title: 'Doppelt' } });
    expect(problems(taken)).toEqual({ 'input.code': { code: 'TAKEN' } });

    const second = await api.makeProject();
    const depends = await api.ok<{ setProjectDependencies: { version: number } }>(EMAIL.portfolio, SET_DEPENDENCIES, {
      projectId: second.id,
      expectedVersion: second.version,
      dependsOn: [first.id],
    });
    const cycle = await api.as(EMAIL.portfolio, SET_DEPENDENCIES, {
      projectId: first.id,
      expectedVersion: first.version,
      dependsOn: [second.id],
    });
    expect(problems(cycle)).toEqual({ dependsOn: { code: 'CYCLE' } });
    const self = await api.as(EMAIL.portfolio, SET_DEPENDENCIES, {
      projectId: second.id,
      expectedVersion: depends.setProjectDependencies.version,
      dependsOn: [second.id],
    });
    expect(problems(self)).toEqual({ dependsOn: { code: 'SELF_REFERENCE' } });
  });
});
