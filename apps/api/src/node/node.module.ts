import { Module } from '@nestjs/common';
import { NodeResolver } from './node.resolver';
import { NodeService } from './node.service';

/** `node(id:)`: any record by its id, through the node types that the domains register. */
@Module({ providers: [NodeResolver, NodeService] })
export class NodeModule {}
