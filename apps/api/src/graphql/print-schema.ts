import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import pino from 'pino';
import { createApp } from '../bootstrap';
import { loadConfig } from '../config/app-config';

/**
 * Writes the served schema to apps/api/schema.graphql, the file that the web client's types are
 * generated from and that the contract test compares: `npm run schema`.
 */
export const SCHEMA_FILE = join(__dirname, '../../schema.graphql');

export function printServedSchema(host: GraphQLSchemaHost): string {
  return `${printSchema(lexicographicSortSchema(host.schema))}\n`;
}

async function main(): Promise<void> {
  const config = {
    ...loadConfig({
      LEITSTAND_DATA_DIR: 'memory://',
      LEITSTAND_DEMO: 'false',
      LEITSTAND_ADMIN_PASSWORD: 'only-for-printing-the-schema',
    }),
  };
  const app = await createApp(config, pino({ level: 'silent' }));
  await app.init();
  writeFileSync(SCHEMA_FILE, printServedSchema(app.get(GraphQLSchemaHost)));
  await app.close();
  console.log(`Wrote ${SCHEMA_FILE}`);
}

if (require.main === module) void main();
