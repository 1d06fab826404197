import { randomUUID } from 'node:crypto';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SystemSetting } from './system-setting.entity';

/** What identifies this installation: set once, when its database is first used. */
export interface Installation {
  id: string;
  createdAt: string;
}

const INSTALLATION_KEY = 'installation';

@Injectable()
export class SystemService implements OnApplicationBootstrap {
  private installation: Installation | undefined;

  constructor(private readonly dataSource: DataSource) {}

  async onApplicationBootstrap(): Promise<void> {
    this.installation = await this.ensureInstallation();
  }

  getInstallation(): Installation {
    if (!this.installation) throw new Error('The installation is read at application bootstrap');
    return this.installation;
  }

  /** Records the installation on first start; later starts (and racing instances) read the same row. */
  private async ensureInstallation(): Promise<Installation> {
    const candidate: Installation = { id: randomUUID(), createdAt: new Date().toISOString() };
    const settings = this.dataSource.getRepository(SystemSetting);
    await settings
      .createQueryBuilder()
      .insert()
      .values({ key: INSTALLATION_KEY, value: candidate })
      .orIgnore()
      .execute();
    const row = await settings.findOneByOrFail({ key: INSTALLATION_KEY });
    return row.value as Installation;
  }
}
