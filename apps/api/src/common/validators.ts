import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/** A decimal amount (already checked by the Decimal scalar) that is not negative. */
export function IsNotNegativeAmount(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotNegativeAmount',
      target: object.constructor,
      propertyName,
      options: { message: 'must not be negative', ...options },
      validator: {
        validate: (value: unknown) =>
          value === null || value === undefined || (typeof value === 'string' && !value.startsWith('-')),
      },
    });
}

/** A date that is not before the date in another property of the same input (where both are given). */
export function IsNotBefore(otherProperty: string, label: string, options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isNotBefore',
      target: object.constructor,
      propertyName,
      constraints: [otherProperty],
      options: { message: `must not be before the ${label}`, ...options },
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const other = (args.object as Record<string, unknown>)[otherProperty];
          return typeof value !== 'string' || typeof other !== 'string' || value >= other;
        },
      },
    });
}
