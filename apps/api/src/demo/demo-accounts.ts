import { Role } from '@leitstand/shared-domain';

/** One demo account per role, listed on the sign-in page while the demo is active. */
export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: Role }[] = [
  { email: 'admin@leitstand.example', name: 'Alexandra Admin', role: Role.ADMIN },
  { email: 'portfolio@leitstand.example', name: 'Paul Portfolio', role: Role.PORTFOLIO_MANAGER },
  { email: 'lead@leitstand.example', name: 'Lena Lead', role: Role.PROJECT_LEAD },
  { email: 'viewer@leitstand.example', name: 'Viktor Viewer', role: Role.VIEWER },
];
