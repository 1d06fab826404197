import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import {
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  registerDecorator,
  ValidationArguments,
  ValidationOptions,
} from 'class-validator';
import { trim } from './transforms';

/** A required text: trimmed, not empty, at most `max` characters. */
export const RequiredText = (max: number) =>
  applyDecorators(Transform(trim), IsString(), IsNotEmpty({ message: 'must not be empty' }), MaxLength(max));

/** An optional free text (null clears it), at most `max` characters. */
export const OptionalText = (max = 5000) => applyDecorators(IsOptional(), IsString(), MaxLength(max));

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

/** A date (or year) that is not before the one in another property of the same input (where both are given). */
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
          const comparable = (x: unknown) => typeof x === 'string' || typeof x === 'number';
          return (
            !comparable(value) ||
            typeof value !== typeof other ||
            (value as string | number) >= (other as string | number)
          );
        },
      },
    });
}
