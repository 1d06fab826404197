import { Injectable } from '@nestjs/common';
import {
  isUUID,
  registerDecorator,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { sql } from './sql';
import { UnitOfWork } from './unit-of-work';

/**
 * Checks, during input validation, that an id names an existing record, so that an unknown id is
 * reported together with every other fault of the input. Writes check again in their transaction.
 */
@ValidatorConstraint({ name: 'refersTo', async: true })
@Injectable()
export class RefersToConstraint implements ValidatorConstraintInterface {
  constructor(private readonly uow: UnitOfWork) {}

  async validate(value: unknown, args: ValidationArguments): Promise<boolean> {
    if (value === null || value === undefined) return true;
    if (typeof value !== 'string' || !isUUID(value)) return true; // the id's own rule reports the form
    const [entity] = args.constraints as [() => EntityTarget<ObjectLiteral>];
    const table = sql.raw(`"${this.uow.manager.connection.getMetadata(entity()).tableName}"`);
    const [{ found }] = await this.uow.query<{ found: boolean }>(
      sql`SELECT EXISTS (SELECT 1 FROM ${table} WHERE id = ${value}) AS found`,
    );
    return found;
  }

  defaultMessage(args: ValidationArguments): string {
    return `is not the id of ${args.constraints[1]}`;
  }
}

/** The id must name an existing record of the entity; `label` reads 'a field of action', 'a person', … */
export function RefersTo(entity: () => EntityTarget<ObjectLiteral>, label: string) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'refersTo',
      target: object.constructor,
      propertyName,
      constraints: [entity, label],
      validator: RefersToConstraint,
    });
}
