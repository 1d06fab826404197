/** The PostgreSQL error code of a failed statement, e.g. '23505' for a unique violation. */
export function pgErrorCode(error: unknown): string | undefined {
  const code =
    (error as { code?: unknown; driverError?: { code?: unknown } })?.driverError?.code ??
    (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : undefined;
}

export function pgConstraint(error: unknown): string | undefined {
  const constraint =
    (error as { driverError?: { constraint?: unknown } })?.driverError?.constraint ??
    (error as { constraint?: unknown })?.constraint;
  return typeof constraint === 'string' ? constraint : undefined;
}
