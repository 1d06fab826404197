import {
  Health,
  Language,
  MilestoneState,
  ProjectPhase,
  RiskLevel,
  RiskStatus,
  Role,
  WebhookEvent,
} from '@leitstand/shared-domain';
import { registerEnumType } from '@nestjs/graphql';

// The shared enums as GraphQL enums, with the contract's descriptions. Imported once by AppModule.
registerEnumType(Role, {
  name: 'Role',
  valuesMap: {
    ADMIN: { description: 'Manages accounts and everything else.' },
    PORTFOLIO_MANAGER: { description: 'Creates projects and edits every project of the portfolio.' },
    PROJECT_LEAD: { description: 'Edits the projects that they lead or belong to, and reports their status.' },
    VIEWER: { description: 'Reads everything, changes nothing.' },
  },
});
registerEnumType(ProjectPhase, { name: 'ProjectPhase' });
registerEnumType(Health, { name: 'Health' });
registerEnumType(MilestoneState, {
  name: 'MilestoneState',
  valuesMap: {
    UPCOMING: { description: 'Not done, due in more than 14 days.' },
    DUE_SOON: { description: 'Not done, due within the next 14 days.' },
    OVERDUE: { description: 'Not done, and its due date (forecast, else planned) has passed.' },
  },
});
registerEnumType(RiskLevel, { name: 'RiskLevel' });
registerEnumType(RiskStatus, { name: 'RiskStatus' });
registerEnumType(WebhookEvent, { name: 'WebhookEvent' });
registerEnumType(Language, { name: 'Language', description: 'German (the default) or English.' });
