import { ApiToken } from '../access/api-token.entity';
import { SecurityEvent } from '../access/security-event.entity';
import { SignInAttempt } from '../access/sign-in-attempt.entity';
import { Session } from '../access/session.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { Kpi, KpiMeasurement } from '../kpi/kpi.entity';
import { MilestoneRebaseline } from '../milestone/milestone-rebaseline.entity';
import { Milestone } from '../milestone/milestone.entity';
import { Department } from '../people/department.entity';
import { Person } from '../people/person.entity';
import { ProjectDependency } from '../project/project-dependency.entity';
import { ProjectMember } from '../project/project-member.entity';
import { Project } from '../project/project.entity';
import { Reminder } from '../reminder/reminder.entity';
import { Risk } from '../risk/risk.entity';
import { StatusUpdate } from '../status/status-update.entity';
import { FieldOfAction } from '../strategy/field-of-action.entity';
import { Strategy } from '../strategy/strategy.entity';
import { Webhook, WebhookDelivery } from '../webhook/webhook.entity';
import { SystemSetting } from '../system/system-setting.entity';
import { CreateSystemSetting1764370000000 } from './migrations/1764370000000-CreateSystemSetting';
import { AddPeopleAndAccess1795909755944 } from './migrations/1795909755944-AddPeopleAndAccess';
import { AddPortfolio1795911955030 } from './migrations/1795911955030-AddPortfolio';
import { SpeedUpPortfolioSummary1796000000000 } from './migrations/1796000000000-SpeedUpPortfolioSummary';
import { KeepPortfolioCounts1796100000000 } from './migrations/1796100000000-KeepPortfolioCounts';
import { AddSignInAttempts1796200000000 } from './migrations/1796200000000-AddSignInAttempts';
import { AddProjectSponsor1796300000000 } from './migrations/1796300000000-AddProjectSponsor';
import { ArchiveProjectsAndKeepRebaselines1797000000000 } from './migrations/1797000000000-ArchiveProjectsAndKeepRebaselines';
import { AddWebhooksAndReminders1797100000000 } from './migrations/1797100000000-AddWebhooksAndReminders';
import { KeepHistory1797200000000 } from './migrations/1797200000000-KeepHistory';
import { IndexProjectsNotReported1797300000000 } from './migrations/1797300000000-IndexProjectsNotReported';
import { IndexHistoryByPeriod1797400000000 } from './migrations/1797400000000-IndexHistoryByPeriod';

/** Every entity of the API. Listed, not globbed, so that sources, builds and tests see the same. */
export const ENTITIES = [
  SystemSetting,
  Department,
  Person,
  Session,
  ApiToken,
  SecurityEvent,
  SignInAttempt,
  Strategy,
  FieldOfAction,
  Project,
  ProjectMember,
  ProjectDependency,
  Milestone,
  MilestoneRebaseline,
  StatusUpdate,
  Kpi,
  KpiMeasurement,
  Risk,
  AuditEvent,
  Webhook,
  WebhookDelivery,
  Reminder,
];

/** Every migration, oldest first. `npm run db:migration:generate -- Name` writes a new one; add it here. */
export const MIGRATIONS = [
  CreateSystemSetting1764370000000,
  AddPeopleAndAccess1795909755944,
  AddPortfolio1795911955030,
  SpeedUpPortfolioSummary1796000000000,
  KeepPortfolioCounts1796100000000,
  AddSignInAttempts1796200000000,
  AddProjectSponsor1796300000000,
  ArchiveProjectsAndKeepRebaselines1797000000000,
  AddWebhooksAndReminders1797100000000,
  KeepHistory1797200000000,
  IndexProjectsNotReported1797300000000,
  IndexHistoryByPeriod1797400000000,
];
