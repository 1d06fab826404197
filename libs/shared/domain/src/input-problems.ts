/**
 * Why the API refused an input field: the `code` of each entry of a BAD_USER_INPUT error's
 * `extensions.fields` (`{ path, code, params, message }`). The client words each code in its
 * reader's language with the `params`; `message` is the same in English, for logs and scripts.
 */
export const INPUT_PROBLEM_CODES = [
  /** Empty where a value is needed. */
  'REQUIRED',
  /** Longer than `max` characters. */
  'TOO_LONG',
  /** Shorter than `min` characters. */
  'TOO_SHORT',
  /** A number below `min`. */
  'TOO_SMALL',
  /** A number above `max`. */
  'TOO_LARGE',
  /** More than `max` items in a list. */
  'TOO_MANY',
  /** Not a whole number. */
  'NOT_INTEGER',
  /** Not a number. */
  'NOT_NUMBER',
  /** Not a calendar date (YYYY-MM-DD). */
  'NOT_DATE',
  /** Not an amount of money (a decimal with at most two places). */
  'NOT_AMOUNT',
  /** Not an email address. */
  'NOT_EMAIL',
  /** Not one of the values the field allows (an enum). */
  'NOT_ALLOWED',
  /** Not an id (a UUID). */
  'NOT_ID',
  /** Not in the form the field needs (e.g. a project code like DIG-007). */
  'BAD_FORMAT',
  /** A negative amount. */
  'NEGATIVE',
  /** A date or year before the one in the field `other`. */
  'BEFORE',
  /** A date after the one in the field `other`. */
  'AFTER',
  /** A date in the future where only today or earlier makes sense. */
  'IN_FUTURE',
  /** An id that names no record of the kind `what` (Person, Project, Department, FieldOfAction, Strategy, Kpi). */
  'UNKNOWN_REFERENCE',
  /** A field that the input does not have. */
  'UNKNOWN_FIELD',
  /** A code, name or email that another record has already. */
  'TAKEN',
  /** The same item twice in one list. */
  'DUPLICATE',
  /** Dependencies that would close a cycle. */
  'CYCLE',
  /** A record that would refer to itself. */
  'SELF_REFERENCE',
  /** A list of the project that already holds the `max` items it can. */
  'LIST_FULL',
  /** A milestone that is done already (on `date`). */
  'ALREADY_DONE',
  /** A project that is archived already. */
  'ALREADY_ARCHIVED',
  /** A project that is not archived. */
  'NOT_ARCHIVED',
  /** The value the record has already. */
  'UNCHANGED',
  /** A person whose access is deactivated. */
  'DEACTIVATED',
  /** The change would leave no active administrator. */
  'LAST_ADMIN',
  /** Exactly one of this field and `other` must be given. */
  'ONE_OF',
  /** A cursor that is not one of this list. */
  'BAD_CURSOR',
  /** Allowed only once per request. */
  'ONCE_ONLY',
  /** A value that cannot be stored (out of range, not valid text). */
  'NOT_STORABLE',
  /** Not valid, for another reason that `message` gives. */
  'INVALID',
] as const;

export type InputProblemCode = (typeof INPUT_PROBLEM_CODES)[number];

/** The values a code's wording uses: `max`, `min`, `other` (a field name), `what` (a kind of record), `date`. */
export type InputProblemParams = Readonly<Record<string, string | number>>;
