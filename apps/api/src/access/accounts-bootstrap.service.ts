import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { DEMO_ACCOUNTS } from '../demo/demo-accounts';
import { LOGGER } from '../logging/logging.module';
import { PeopleService } from '../people/people.service';
import { Person } from '../people/person.entity';

const DEFAULT_ADMIN_EMAIL = 'admin@leitstand.local';

/**
 * Makes sure someone can sign in: the demo accounts while the demo is active, else a first
 * administrator on an empty database (from LEITSTAND_ADMIN_EMAIL and LEITSTAND_ADMIN_PASSWORD,
 * or with a generated one-time password shown once on the console, never in the log).
 */
@Injectable()
export class AccountsBootstrapService implements OnApplicationBootstrap {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: PeopleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.demo.enabled) await this.ensureDemoAccounts();
    else await this.ensureFirstAdmin();
  }

  private async ensureDemoAccounts(): Promise<void> {
    const repository = this.dataSource.getRepository(Person);
    for (const account of DEMO_ACCOUNTS) {
      if (await repository.existsBy({ email: account.email })) continue;
      await this.people.create(
        { ...account, password: this.config.demo.password },
        { personId: null, ipAddress: null },
      );
    }
    this.logger.warn(
      { accounts: DEMO_ACCOUNTS.map((account) => account.email) },
      'DEMO MODE: demo accounts are active (password from LEITSTAND_DEMO_PASSWORD). Set LEITSTAND_DEMO=false for real use.',
    );
  }

  private async ensureFirstAdmin(): Promise<void> {
    const email = this.config.auth.admin.email ?? DEFAULT_ADMIN_EMAIL;
    const { created, generatedPassword } = await this.people.ensureFirstAdmin(email, this.config.auth.admin.password);
    if (!created) return;
    this.logger.warn({ email }, 'Created the first administrator');
    if (generatedPassword) {
      process.stdout.write(
        `\n  Leitstand: the first administrator is ${email} with the one-time password ${generatedPassword}\n` +
          '  Sign in and change it now; it is shown only this once.\n\n',
      );
    }
  }
}
