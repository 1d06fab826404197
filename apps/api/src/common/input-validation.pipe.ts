import { ArgumentMetadata, Injectable, Type, ValidationError, ValidationPipe } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { BadUserInputError, FieldProblem } from './errors';

/** Flattens class-validator's tree of errors into one problem per path, e.g. 'input.members.0.role'. */
export function toFieldProblems(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path, message }));
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
      validationError: { target: false, value: false },
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
