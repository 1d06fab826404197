import { Injectable } from '@nestjs/common';
import { sql } from '../database/sql';
import { UnitOfWork } from '../database/unit-of-work';
import { Department } from '../people/department.entity';
import { Person } from '../people/person.entity';
import { Project } from '../project/project.entity';
import { Strategy } from '../strategy/strategy.entity';

/** What the demo seeder looks up before it adds the demo portfolio through the services. */
@Injectable()
export class DemoRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Makes instances that start together seed one after the other (held to the end of the unit of work). */
  async waitForOtherSeeders(): Promise<void> {
    await this.uow.query(sql`LOCK TABLE strategy IN SHARE ROW EXCLUSIVE MODE`);
  }

  departmentByCode(code: string): Promise<Department | null> {
    return this.uow.manager.findOneBy(Department, { code });
  }

  personByEmail(email: string): Promise<Person | null> {
    return this.uow.manager.findOneBy(Person, { email });
  }

  strategyExists(name: string): Promise<boolean> {
    return this.uow.manager.existsBy(Strategy, { name });
  }

  async projectVersion(id: string): Promise<number> {
    return (await this.uow.manager.findOneByOrFail(Project, { id })).version;
  }
}
