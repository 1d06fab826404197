import { formatDate, Language, Locale } from '@leitstand/shared-domain';
import type { DueProject, Recipient, StaleProject } from './reminder.repository';

/** A mail's subject and text. */
export interface MailText {
  subject: string;
  body: string;
}

const localeOf = (language: Language): Locale => (language === Language.EN ? 'en' : 'de');

/** The day of an instant in the installation's time zone, as an ISO date. */
function dayOf(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

export interface MailContext {
  /** This installation's address, for links. */
  publicUrl: string;
  timeZone: string;
  staleAfterDays: number;
}

/**
 * The reminder to a project's lead, in their language. It speaks of the project only: its report
 * is due, and where to write it.
 */
export function leadReminder(project: DueProject, context: MailContext): MailText {
  const locale = localeOf(project.leadLanguage);
  const link = `${context.publicUrl}/projekte/${encodeURIComponent(project.code)}/statusbericht`;
  const last = project.lastStatusAt ? formatDate(dayOf(project.lastStatusAt, context.timeZone), locale) : null;
  if (locale === 'en')
    return {
      subject: `Status report due: ${project.code} ${project.title}`,
      body: [
        `Hello ${project.leadName},`,
        '',
        `the project ${project.code} "${project.title}" has had no status report for more than ${context.staleAfterDays} days` +
          (last ? ` (the last one is from ${last}).` : ' (none so far).'),
        'Please write its status report here:',
        link,
        '',
        `This reminder comes at most once every ${context.staleAfterDays} days for a project, and only while its report is due.`,
        '-- Leitstand',
      ].join('\n'),
    };
  return {
    subject: `Statusbericht fällig: ${project.code} ${project.title}`,
    body: [
      `Guten Tag ${project.leadName},`,
      '',
      `für das Projekt ${project.code} „${project.title}“ liegt seit mehr als ${context.staleAfterDays} Tagen kein Statusbericht vor` +
        (last ? ` (der letzte ist vom ${last}).` : ' (bisher keiner).'),
      'Bitte schreiben Sie den Statusbericht hier:',
      link,
      '',
      `Diese Erinnerung kommt höchstens einmal in ${context.staleAfterDays} Tagen je Projekt, und nur solange ein Bericht fällig ist.`,
      '-- Leitstand',
    ].join('\n'),
  };
}

/** The weekly digest of stale projects to a portfolio manager: projects only, no names of people. */
export function digest(recipient: Recipient, projects: StaleProject[], context: MailContext): MailText {
  const locale = localeOf(recipient.language);
  const line = (project: StaleProject) => {
    const last = project.lastStatusAt ? formatDate(dayOf(project.lastStatusAt, context.timeZone), locale) : null;
    const when =
      locale === 'en'
        ? last
          ? `last report ${last}`
          : 'no report yet'
        : last
          ? `letzter Bericht ${last}`
          : 'noch kein Bericht';
    return `- ${project.code} ${project.title} (${when}): ${context.publicUrl}/projekte/${encodeURIComponent(project.code)}`;
  };
  if (locale === 'en')
    return {
      subject: `Weekly overview: ${projects.length} projects without a current status report`,
      body: [
        `Hello ${recipient.name},`,
        '',
        `these projects have had no status report for more than ${context.staleAfterDays} days:`,
        '',
        ...projects.map(line),
        '',
        'Their leads are reminded by Leitstand.',
        '-- Leitstand',
      ].join('\n'),
    };
  return {
    subject: `Wochenübersicht: ${projects.length} Projekte ohne aktuellen Statusbericht`,
    body: [
      `Guten Tag ${recipient.name},`,
      '',
      `für diese Projekte liegt seit mehr als ${context.staleAfterDays} Tagen kein Statusbericht vor:`,
      '',
      ...projects.map(line),
      '',
      'Die Projektleitungen werden von Leitstand erinnert.',
      '-- Leitstand',
    ].join('\n'),
  };
}
