import type { InputProblemCode, InputProblemParams } from '@leitstand/shared-domain';
import { ArgumentMetadata, Injectable, Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validateSync } from 'class-validator';
import { BadUserInputError, FieldProblem } from './errors';

/**
 * Each class-validator constraint (by its name) as the code of its problem, with the params that
 * its wording takes from the constraint's arguments (`MaxLength(200)` → `{ max: 200 }`).
 */
const CONSTRAINT_CODES: Record<string, [InputProblemCode, ((args: unknown[]) => InputProblemParams)?]> = {
  isNotEmpty: ['REQUIRED'],
  isDefined: ['REQUIRED'],
  maxLength: ['TOO_LONG', ([max]) => ({ max: Number(max) })],
  minLength: ['TOO_SHORT', ([min]) => ({ min: Number(min) })],
  max: ['TOO_LARGE', ([max]) => ({ max: Number(max) })],
  min: ['TOO_SMALL', ([min]) => ({ min: Number(min) })],
  arrayMaxSize: ['TOO_MANY', ([max]) => ({ max: Number(max) })],
  isInt: ['NOT_INTEGER'],
  isNumber: ['NOT_NUMBER'],
  isEmail: ['NOT_EMAIL'],
  isEnum: ['NOT_ALLOWED'],
  isIn: ['NOT_ALLOWED'],
  isUuid: ['NOT_ID'],
  matches: ['BAD_FORMAT'],
  isNotNegativeAmount: ['NEGATIVE'],
  isNotBefore: ['BEFORE', ([other]) => ({ other: String(other) })],
  refersTo: ['UNKNOWN_REFERENCE', ([entity]) => ({ what: (entity as () => { name: string })().name })],
  whitelistValidation: ['UNKNOWN_FIELD'],
};

/** The arguments of the constraint `name` on the property, as the validation metadata holds them. */
function constraintArguments(target: object | undefined, property: string, name: string): unknown[] {
  if (!target) return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((entry) => entry.propertyName === property && entry.name === name);
  return (metadata?.constraints as unknown[] | undefined) ?? [];
}

/** Flattens class-validator's tree of errors into one problem per path, e.g. 'input.members.0.role'. */
export function toFieldProblems(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]): FieldProblem => {
      const [code, paramsOf] = CONSTRAINT_CODES[name] ?? ['INVALID'];
      const params = paramsOf?.(constraintArguments(error.target, error.property, name));
      return { path, code, message, ...(params && { params }) };
    });
    return [...own, ...toFieldProblems(error.children ?? [], path)];
  });
}

/**
 * The global pipe: whitelists, transforms and validates every argument with class-validator, and
 * turns failures into BAD_USER_INPUT naming each faulty path under the argument's name.
 */
const IGNORED_PARAM_TYPES = new Set<unknown>([0, 1, 2]);
/** Nest's param type of GraphQL arguments (@Args). */
const GRAPHQL_ARGS = 3;

@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // The target lets a problem's params be read from the constraint's metadata; it never leaves the pipe.
      validationError: { target: true, value: false },
      exceptionFactory: (errors) => new ValidationFailure(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // GraphQL's parent, context and info (param types 0, 1 and 2) are no input: a list page resolves
    // thousands of fields, and each would otherwise go through class-transformer for nothing.
    if (IGNORED_PARAM_TYPES.has(metadata.type as unknown)) return value;
    // An input object whose class the pipe cannot see would pass unvalidated: a parameter typed
    // `Filter | null` reaches it as Object. Declare it as `filter?: Filter` instead.
    // An argument left out or null stays so (Nest's pipe would validate an empty object in its place).
    if (value === null || value === undefined) return value;
    const isArgument = (metadata.type as unknown) === GRAPHQL_ARGS;
    if (
      isArgument &&
      metadata.metatype === Object &&
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value)
    )
      throw new Error(
        `The argument '${metadata.data ?? '?'}' has no class to validate it with: declare its type alone`,
      );
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      if (error instanceof ValidationFailure)
        throw new BadUserInputError(toFieldProblems(error.errors, metadata.data ?? ''));
      throw error;
    }
  }
}

class ValidationFailure extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('validation failed');
  }
}

/** Validates each item of a list argument (which the pipe leaves alone) and names faults as 'members.0.role'. */
export function validateItems<T extends object>(items: unknown[], type: Type<T>, path: string): T[] {
  const instances = items.map((item) => plainToInstance(type, item));
  const problems = instances.flatMap((instance, index) =>
    toFieldProblems(validateSync(instance, { whitelist: true, forbidNonWhitelisted: true }), `${path}.${index}`),
  );
  if (problems.length > 0) throw new BadUserInputError(problems);
  return instances;
}
