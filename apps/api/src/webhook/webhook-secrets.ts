import { randomBytes } from 'node:crypto';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SystemService } from '../system/system.service';
import { SecretBox } from './secret-box';

/** Seals and opens webhooks' signing secrets with LEITSTAND_SECRETS_KEY, else with a key that the installation keeps. */
@Injectable()
export class WebhookSecrets implements OnModuleInit {
  private box!: SecretBox;

  constructor(
    private readonly system: SystemService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    const key =
      this.config.secretsKey ??
      (await this.system.getOrCreate<string>('secrets.key', () => randomBytes(32).toString('base64url')));
    this.box = new SecretBox(key);
  }

  seal(secret: string): string {
    return this.box.seal(secret);
  }

  open(sealed: string): string {
    return this.box.open(sealed);
  }
}
