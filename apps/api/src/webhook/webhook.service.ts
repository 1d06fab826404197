import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError, NotFoundError } from '../common/errors';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { UnitOfWork } from '../database/unit-of-work';
import { Connection, Page } from '../graphql/connection';
import { CreatedWebhook, CreateWebhookInput } from './dto/webhook.input';
import { problemWithUrl } from './webhook-address';
import { WebhookDispatcher } from './webhook.dispatcher';
import { Webhook, WebhookDelivery } from './webhook.entity';
import { WebhookRepository } from './webhook.repository';
import { WebhookSecrets } from './webhook-secrets';
import { newSecret } from './webhook-signature';

@Injectable()
export class WebhookService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly webhooks: WebhookRepository,
    private readonly secrets: WebhookSecrets,
    private readonly dispatcher: WebhookDispatcher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(): Promise<Webhook[]> {
    return this.webhooks.list();
  }

  byId(id: string): Promise<Webhook | null> {
    return this.webhooks.byId(id);
  }

  /** A webhook for a URL that may be reached; its secret is answered now and never again. */
  async create(input: CreateWebhookInput): Promise<CreatedWebhook> {
    const problem = await problemWithUrl(input.url, this.config.webhooks.allowPrivate);
    if (problem) throw BadUserInputError.field('input.url', 'INVALID', problem);
    const secret = newSecret();
    const webhook = await this.uow.transaction(() =>
      this.webhooks.insert({
        url: input.url,
        description: input.description ?? null,
        events: input.events,
        secret: this.secrets.seal(secret),
      }),
    );
    this.dispatcher.wake();
    return { webhook, secret };
  }

  async delete(id: string): Promise<string> {
    const removed = await this.uow.transaction(() => this.webhooks.remove(id));
    if (!removed) throw new NotFoundError('Webhook', id);
    return id;
  }

  deliveries(webhookId: string, page: Page): Promise<Connection<WebhookDelivery>> {
    return this.webhooks.deliveriesOf(webhookId, page);
  }

  /** Sends a delivery again now, where it is not delivered yet (after it failed for good, too). */
  async retry(id: string): Promise<WebhookDelivery> {
    const delivery = await this.webhooks.deliveryById(id);
    if (!delivery) throw new NotFoundError('WebhookDelivery', id);
    if (delivery.deliveredAt) throw BadUserInputError.field('id', 'INVALID', 'was delivered already');
    await this.uow.transaction(() => this.webhooks.retryNow(id));
    this.dispatcher.wake();
    return (await this.webhooks.deliveryById(id))!;
  }
}
