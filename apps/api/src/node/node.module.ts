import { Module } from '@nestjs/common';
import { NodeResolver } from './node.resolver';
import { NodeRepository } from './node.repository';

/** `node(id:)`: any record by its id, through the node types that the domains register. */
@Module({ providers: [NodeResolver, NodeRepository] })
export class NodeModule {}
