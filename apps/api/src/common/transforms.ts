/** class-transformer helpers for inputs. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;
