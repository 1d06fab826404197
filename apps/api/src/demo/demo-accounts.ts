import { Role } from '@leitstand/shared-domain';
import { DEMO_PORTFOLIO } from './demo-portfolio';

/** The demo's sign-in accounts, one per role, listed on the sign-in page while the demo is active. */
export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: Role }[] = DEMO_PORTFOLIO.people
  .filter((person) => person.email.endsWith('@leitstand.example'))
  .map(({ email, name, role }) => ({ email, name, role }));
