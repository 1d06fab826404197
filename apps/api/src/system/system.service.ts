import { randomUUID } from 'node:crypto';
import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { SystemRepository } from './system.repository';

/** What identifies this installation: set once, when its database is first used. */
export interface Installation {
  id: string;
  createdAt: string;
}

const INSTALLATION_KEY = 'installation';

@Injectable()
export class SystemService implements OnApplicationBootstrap {
  private installation: Installation | undefined;

  constructor(private readonly settings: SystemRepository) {}

  async onApplicationBootstrap(): Promise<void> {
    this.installation = await this.ensureInstallation();
  }

  getInstallation(): Installation {
    if (!this.installation) throw new Error('The installation is read at application bootstrap');
    return this.installation;
  }

  private ensureInstallation(): Promise<Installation> {
    return this.getOrCreate<Installation>(INSTALLATION_KEY, () => ({
      id: randomUUID(),
      createdAt: new Date().toISOString(),
    }));
  }

  /** The setting's value, made by `create` and stored on first use; later starts (and racing instances) read the same row. */
  async getOrCreate<T>(key: string, create: () => T): Promise<T> {
    return (await this.settings.insertOrRead(key, create())) as T;
  }
}
