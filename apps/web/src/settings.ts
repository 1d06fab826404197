/**
 * Settings of this installation that the web client shows. They are taken from the environment
 * when the client is built (`npm start` and `npm run build` build it), like the server's
 * LEITSTAND_* settings; only variables named LEITSTAND_ACCESSIBILITY_* reach the client.
 */

/** Where people report barriers (BITV 2.0 § 7): the office that runs Leitstand. */
export interface AccessibilityContact {
  /** LEITSTAND_ACCESSIBILITY_CONTACT_OFFICE, e.g. the digitalisation office of the administration. */
  office: string | null;
  /** LEITSTAND_ACCESSIBILITY_CONTACT_ADDRESS, the postal address; ' | ' separates its lines. */
  address: string[];
  /** LEITSTAND_ACCESSIBILITY_CONTACT_EMAIL. */
  email: string | null;
  /** LEITSTAND_ACCESSIBILITY_CONTACT_PHONE. */
  phone: string | null;
}

function setting(env: Record<string, unknown>, name: string): string | null {
  const value = env[name];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** The contact for barriers, or null where the installation names none yet. */
export function accessibilityContact(env: Record<string, unknown> = import.meta.env): AccessibilityContact | null {
  const contact: AccessibilityContact = {
    office: setting(env, 'LEITSTAND_ACCESSIBILITY_CONTACT_OFFICE'),
    address: (setting(env, 'LEITSTAND_ACCESSIBILITY_CONTACT_ADDRESS') ?? '')
      .split('|')
      .map((line) => line.trim())
      .filter(Boolean),
    email: setting(env, 'LEITSTAND_ACCESSIBILITY_CONTACT_EMAIL'),
    phone: setting(env, 'LEITSTAND_ACCESSIBILITY_CONTACT_PHONE'),
  };
  return contact.email || contact.phone || contact.address.length > 0 ? contact : null;
}
