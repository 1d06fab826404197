import { Module } from '@nestjs/common';
import { SystemModule } from '../system/system.module';
import { WebhookDispatcher } from './webhook.dispatcher';
import { WebhookLoaders } from './webhook.loaders';
import { WebhookRepository } from './webhook.repository';
import { WebhookResolver } from './webhook.resolver';
import { WebhookSecrets } from './webhook-secrets';
import { WebhookService } from './webhook.service';

/** Webhooks: the outbox that every change writes to, its dispatcher and the administration's API. */
@Module({
  imports: [SystemModule],
  providers: [WebhookRepository, WebhookSecrets, WebhookDispatcher, WebhookService, WebhookResolver, WebhookLoaders],
})
export class WebhookModule {}
