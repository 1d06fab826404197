/** The password of the demo accounts in the integration suites. */
export const DEMO_PASSWORD = 'demo-password';
