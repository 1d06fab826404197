import { Injectable } from '@nestjs/common';
import {
  isUUID,
  registerDecorator,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Checks, during input validation, that an id names an existing record, so that an unknown id is
 * reported together with every other fault of the input. Writes check again in their transaction.
 */
@ValidatorConstraint({ name: 'refersTo', async: true })
@Injectable()
export class RefersToConstraint implements ValidatorConstraintInterface {
  constructor(private readonly dataSource: DataSource) {}

  async validate(value: unknown, args: ValidationArguments): Promise<boolean> {
    if (value === null || value === undefined) return true;
    if (typeof value !== 'string' || !isUUID(value)) return true; // the id's own rule reports the form
    const [entity] = args.constraints as [() => EntityTarget<ObjectLiteral>];
    const [{ found }]: { found: boolean }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM "${this.dataSource.getMetadata(entity()).tableName}" WHERE id = $1) AS found`,
      [value],
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
      target: object.constructor,
      propertyName,
      constraints: [entity, label],
      validator: RefersToConstraint,
    });
}
