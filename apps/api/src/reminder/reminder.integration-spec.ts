import { freePort } from '../../test/main-process';
import { DEMO_PROJECTS, demoEmail, demoIsStale, EMAIL, Portfolio, POST_STATUS } from '../../test/portfolio';
import { errorCode } from '../../test/graphql-client';
import { Mail, SmtpReceiver } from '../../test/smtp-receiver';
import { startTestApp, TestApp } from '../../test/test-app';

const SEND = 'mutation ($projectId: ID) { sendStatusReminders(projectId: $projectId) }';
const PUBLIC_URL = 'https://leitstand.stadt.example';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('status-report reminders by mail', () => {
  let t: TestApp;
  let api: Portfolio;
  let smtpPort: number;
  let smtp: SmtpReceiver | undefined;

  /** The demo's stale projects with a lead, by code. */
  const stale = DEMO_PROJECTS.filter((project) => demoIsStale(project, 10) && project.lead).sort((a, b) =>
    a.code.localeCompare(b.code),
  );

  beforeAll(async () => {
    smtpPort = await freePort();
    t = await startTestApp({
      config: {
        reminders: {
          smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
          from: 'Leitstand <leitstand@stadt.example>',
          staleAfterDays: 10,
          schedule: null,
          publicUrl: PUBLIC_URL,
        },
      },
    });
    api = new Portfolio(t);
  });

  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });

  it('is for portfolio managers and administrators', async () => {
    expect(errorCode(await api.as(EMAIL.lead, SEND))).toBe('FORBIDDEN');
    expect(errorCode(await api.as(EMAIL.viewer, SEND))).toBe('FORBIDDEN');
  });

  it('tells the settings to every signed-in person', async () => {
    const data = await api.ok<{ reminderSettings: unknown }>(
      EMAIL.lead,
      '{ reminderSettings { enabled staleAfterDays dailyAt } }',
    );
    expect(data.reminderSettings).toEqual({ enabled: true, staleAfterDays: 10, dailyAt: null });
  });

  it('records the reminders while the SMTP server is down and sends them, once, when it comes back', async () => {
    expect(stale.length).toBeGreaterThan(2);
    // The lead of the first stale project reads English.
    const english = stale[0];
    // One led by someone else, who reads German (the default); and a third, to be archived.
    const germanDemo = stale.find((project) => project.lead !== english.lead)!;
    const toArchive = stale.find((project) => project !== english && project !== germanDemo)!;
    const englishToken = await t.login(demoEmail(english.lead!));
    await t.graphql('mutation { setMyLanguage(language: EN) { language } }', {}, { token: englishToken });

    // "Erinnern" beside one project: its lead only.
    const first = await api.project(stale[0].code);
    expect(
      (await api.ok<{ sendStatusReminders: number }>(EMAIL.portfolio, SEND, { projectId: first.id }))
        .sendStatusReminders,
    ).toBe(1);
    // Once per period: the same project again is not due.
    expect(
      (await api.ok<{ sendStatusReminders: number }>(EMAIL.portfolio, SEND, { projectId: first.id }))
        .sendStatusReminders,
    ).toBe(0);
    // A project that reported recently is not due either.
    const fresh = await api.makeProject({ leadId: await api.personId(EMAIL.lead) });
    await api.ok(EMAIL.portfolio, POST_STATUS, {
      input: { projectId: fresh.id, health: 'ON_TRACK', summary: 'Läuft' },
    });
    expect(
      (await api.ok<{ sendStatusReminders: number }>(EMAIL.portfolio, SEND, { projectId: fresh.id }))
        .sendStatusReminders,
    ).toBe(0);

    // An archived project is never due.
    const archived = await api.project(toArchive.code);
    await api.ok(
      EMAIL.portfolio,
      'mutation ($id: ID!, $v: Int!) { archiveProject(id: $id, expectedVersion: $v) { id } }',
      {
        id: archived.id,
        v: archived.version,
      },
    );
    expect(
      (await api.ok<{ sendStatusReminders: number }>(EMAIL.portfolio, SEND, { projectId: archived.id }))
        .sendStatusReminders,
    ).toBe(0);
    const reminded = stale.filter((project) => project.code !== archived.code);

    // The rest, and the portfolio managers' weekly digest.
    const people = await api.ok<{ people: { email: string; role: string }[] }>(
      EMAIL.admin,
      '{ people { email role } }',
    );
    const managers = people.people
      .filter((person) => person.role === 'PORTFOLIO_MANAGER')
      .map((person) => person.email);
    const rest = await api.ok<{ sendStatusReminders: number }>(EMAIL.admin, SEND);
    expect(rest.sendStatusReminders).toBe(reminded.length - 1 + managers.length);
    expect((await api.ok<{ sendStatusReminders: number }>(EMAIL.admin, SEND)).sendStatusReminders).toBe(0);

    // The server was down all along; it comes back, and every mail arrives once.
    await sleep(2500);
    smtp = await SmtpReceiver.start(smtpPort);
    const mails = await smtp.waitFor(reminded.length + managers.length);
    await sleep(3000);
    expect(smtp.mails.length).toBe(reminded.length + managers.length);

    const reminders = mails.filter((mail) => !managers.includes(mail.to[0]));
    const byProject = (code: string) => reminders.find((mail) => mail.subject.includes(`${code} `)) as Mail;
    expect(reminders.map((mail) => mail.subject).filter((subject) => subject.includes(archived.code))).toEqual([]);
    for (const project of reminded) {
      const mail = byProject(project.code);
      expect(mail.to).toEqual([demoEmail(project.lead!)]);
      expect(mail.text).toContain(`${PUBLIC_URL}/projekte/${project.code}/statusbericht`);
    }
    expect(byProject(english.code).subject).toBe(`Status report due: ${english.code} ${english.title}`);
    expect(byProject(english.code).text).toContain('has had no status report for more than 10 days');
    const german = byProject(germanDemo.code);
    expect(german.subject).toBe(`Statusbericht fällig: ${germanDemo.code} ${germanDemo.title}`);
    expect(german.text).toContain('liegt seit mehr als 10 Tagen kein Statusbericht vor');
    expect(german.raw).toMatch(/^From: Leitstand <leitstand@stadt\.example>/m);

    // The digest lists the stale projects, and no people.
    const digests = mails.filter((mail) => managers.includes(mail.to[0]));
    expect(digests.map((mail) => mail.to[0]).sort()).toEqual([...managers].sort());
    for (const mail of digests) {
      expect(mail.subject).toMatch(/^Wochenübersicht: \d+ Projekte ohne aktuellen Statusbericht$/);
      for (const project of reminded) expect(mail.text).toContain(`${project.code} ${project.title}`);
      expect(mail.text).not.toContain(archived.code);
      for (const person of people.people) expect(mail.text).not.toContain(person.email);
    }
  });
});
