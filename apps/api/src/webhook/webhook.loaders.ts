import { Injectable, OnModuleInit } from '@nestjs/common';
import { LoaderRegistry } from '../graphql/request-loaders';
import { WebhookService } from './webhook.service';

/** Webhooks as nodes: for administrators only. */
@Injectable()
export class WebhookLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly webhooks: WebhookService,
  ) {}

  onModuleInit(): void {
    this.registry.registerNode({
      type: 'Webhook',
      table: 'webhook',
      adminOnly: true,
      load: (id) => this.webhooks.byId(id),
    });
  }
}
