import { WebhookEvent } from '@leitstand/shared-domain';
import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEnum } from 'class-validator';
import { OptionalText, RequiredText } from '../../common/validators';
import { Webhook } from '../webhook.entity';

@InputType()
export class CreateWebhookInput {
  @Field({ description: 'http or https; the receiver must answer 2xx within 10 s.' })
  @RequiredText(2000)
  url!: string;

  @Field(() => String, { nullable: true })
  @OptionalText(500)
  description?: string | null;

  @Field(() => [WebhookEvent])
  @ArrayMinSize(1, { message: 'must name at least one event' })
  @ArrayMaxSize(Object.values(WebhookEvent).length)
  @ArrayUnique({ message: 'must name each event once' })
  @IsEnum(WebhookEvent, { each: true })
  events!: WebhookEvent[];
}

@ObjectType()
export class CreatedWebhook {
  @Field(() => Webhook)
  webhook!: Webhook;

  @Field({ description: 'The signing secret (whsec_…), shown only now.' })
  secret!: string;
}
