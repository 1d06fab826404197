import { Role } from '@leitstand/shared-domain';
import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../access/access.decorators';
import { Connection, ConnectionType, toPage } from '../graphql/connection';
import { CreatedWebhook, CreateWebhookInput } from './dto/webhook.input';
import { Webhook, WebhookDelivery } from './webhook.entity';
import { WebhookService } from './webhook.service';

const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');

@Resolver(() => Webhook)
export class WebhookResolver {
  constructor(private readonly service: WebhookService) {}

  @Roles(Role.ADMIN)
  @Query(() => [Webhook], { description: 'ADMIN.' })
  webhooks(): Promise<Webhook[]> {
    return this.service.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => CreatedWebhook, { description: 'ADMIN.' })
  createWebhook(@Args('input') input: CreateWebhookInput): Promise<CreatedWebhook> {
    return this.service.create(input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ID, { description: 'ADMIN. Returns the removed id.' })
  deleteWebhook(@Args('id', { type: () => ID }) id: string): Promise<string> {
    return this.service.delete(id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => WebhookDelivery, {
    description:
      'ADMIN. Sends a delivery that is not delivered yet again now, also one whose retries have given up (it is then no longer failed). A delivered one is refused with BAD_USER_INPUT.',
  })
  retryWebhookDelivery(@Args('id', { type: () => ID }) id: string): Promise<WebhookDelivery> {
    return this.service.retry(id);
  }

  @ResolveField(() => WebhookDeliveryConnection, { description: 'Newest first.' })
  deliveries(
    @Parent() webhook: Webhook,
    @Args('first', { type: () => Int, nullable: true }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<WebhookDelivery>> {
    return this.service.deliveries(webhook.id, toPage(first, after));
  }
}
