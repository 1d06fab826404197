import { PROJECT_LIMITS } from '@leitstand/shared-domain';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { assertRoomFor } from '../database/list-bounds';
import { UnitOfWork } from '../database/unit-of-work';
import { Person } from '../people/person.entity';
import { Risk } from './risk.entity';

/** A project's risks. */
@Injectable()
export class RiskRepository {
  constructor(private readonly uow: UnitOfWork) {}

  byIds(ids: readonly string[]): Promise<Risk[]> {
    return this.uow.manager.findBy(Risk, { id: In([...ids]) });
  }

  byProjects(projectIds: readonly string[]): Promise<Risk[]> {
    return this.uow.manager.find(Risk, {
      where: { projectId: In([...projectIds]) },
      order: { createdAt: 'ASC', title: 'ASC' },
    });
  }

  findById(id: string): Promise<Risk | null> {
    return this.uow.manager.findOneBy(Risk, { id });
  }

  ownerExists(ownerId: string): Promise<boolean> {
    return this.uow.manager.existsBy(Person, { id: ownerId });
  }

  /** Adds a risk to its project, if the project has room for one more (PROJECT_LIMITS). */
  async insert(
    values: Pick<
      Risk,
      'projectId' | 'title' | 'description' | 'probability' | 'impact' | 'status' | 'mitigation' | 'ownerId' | 'version'
    >,
  ): Promise<Risk> {
    await assertRoomFor(this.uow.manager, Risk, { projectId: values.projectId }, PROJECT_LIMITS.risks, {
      path: 'input.projectId',
      what: 'risks',
    });
    return this.uow.manager.save(this.uow.manager.create(Risk, values));
  }
}
