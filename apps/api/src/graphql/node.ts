import { Field, ID, InterfaceType } from '@nestjs/graphql';

/**
 * Every entity of the API implements Node. Ids are UUIDs: opaque to callers and unique across
 * every table, so `node(id:)` can find any record by its id alone.
 */
@InterfaceType('Node', {
  resolveType: (value: { __typename?: string; constructor?: { name?: string } }) =>
    value.__typename ?? value.constructor?.name,
})
export abstract class NodeInterface {
  @Field(() => ID)
  id!: string;
}
