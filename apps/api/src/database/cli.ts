import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError, describeDatabase, loadConfig } from '../config/app-config';
import { Database, DatabaseStartError } from './database';

/**
 * The migration commands, on the database that the API would use (DATABASE_URL, else the
 * embedded one in LEITSTAND_DATA_DIR; stop the API first, the embedded database has one user):
 *   migrate          apply every pending migration
 *   revert           take the newest applied migration back
 *   generate <Name>  write a migration for what the entities have and the schema lacks
 *   check            fail when the entities and the migrations disagree
 */
const MIGRATIONS_DIR = join(__dirname, 'migrations');

async function run(command: string | undefined, name: string | undefined): Promise<number> {
  const config = loadConfig();
  const where = describeDatabase(config.database);
  if (command === 'migrate') {
    const database = await Database.open(config.database);
    await database.close();
    console.log(`Migrated the ${where}`);
    return 0;
  }
  const database = await Database.connect(config.database);
  try {
    if (command === 'revert') {
      await database.dataSource.undoLastMigration({ transaction: 'each' });
      console.log(`Reverted the newest migration of the ${where}`);
      return 0;
    }
    if (command === 'generate' || command === 'check') {
      await database.dataSource.runMigrations({ transaction: 'each' });
      const { upQueries, downQueries } = await database.dataSource.driver.createSchemaBuilder().log();
      if (upQueries.length === 0) {
        console.log('The entities and the migrations agree.');
        return 0;
      }
      if (command === 'check') {
        console.error('The entities differ from the migrations; these statements are missing from them:');
        for (const query of upQueries) console.error(`  ${query.query};`);
        return 1;
      }
      if (!name || !/^[A-Z][A-Za-z0-9]*$/.test(name)) {
        console.error('generate needs a name in PascalCase, e.g. `npm run db:migration:generate -- AddProjectTags`');
        return 1;
      }
      const timestamp = Date.now();
      const file = join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
      const lines = (queries: { query: string; parameters?: unknown[] }[]) =>
        queries
          .map(
            (q) =>
              `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
          )
          .join('\n');
      writeFileSync(
        file,
        `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${timestamp} implements MigrationInterface {
  name = '${name}${timestamp}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(upQueries)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...downQueries].reverse())}
  }
}
`,
      );
      console.log(`Wrote ${relative(process.cwd(), file)}; add ${name}${timestamp} to MIGRATIONS in schema.ts`);
      return 0;
    }
    console.error('Usage: cli.ts migrate | revert | generate <Name> | check');
    return 2;
  } finally {
    await database.close();
  }
}

run(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const operator = error instanceof ConfigError || error instanceof DatabaseStartError;
    console.error(operator ? `leitstand: ${error.message}` : error);
    process.exit(1);
  },
);
