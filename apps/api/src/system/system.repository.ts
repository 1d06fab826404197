import { Injectable } from '@nestjs/common';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { UnitOfWork } from '../database/unit-of-work';
import { SystemSetting } from './system-setting.entity';

/** The installation's settings, one row per key. */
@Injectable()
export class SystemRepository {
  constructor(private readonly uow: UnitOfWork) {}

  /** Stores the value under the key unless the key has one; returns the value stored (racing writers read the same row). */
  async insertOrRead(key: string, value: unknown): Promise<unknown> {
    await this.uow.manager
      .createQueryBuilder()
      .insert()
      .into(SystemSetting)
      .values({ key, value: value as QueryDeepPartialEntity<unknown> })
      .orIgnore()
      .execute();
    return (await this.uow.manager.findOneByOrFail(SystemSetting, { key })).value;
  }
}
