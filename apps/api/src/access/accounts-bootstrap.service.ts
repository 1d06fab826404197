import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { LOGGER } from '../logging/logging.module';
import { PeopleService } from '../people/people.service';

const DEFAULT_ADMIN_EMAIL = 'admin@leitstand.local';

/**
 * Makes sure someone can sign in without the demo: a first administrator on an empty database (from LEITSTAND_ADMIN_EMAIL and LEITSTAND_ADMIN_PASSWORD,
 * or with a generated one-time password shown once on the console, never in the log).
 */
@Injectable()
export class AccountsBootstrapService implements OnApplicationBootstrap {
  constructor(
    private readonly people: PeopleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // With the demo on, the demo seeder creates its people, the demo accounts among them.
    if (!this.config.demo.enabled) await this.ensureFirstAdmin();
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
