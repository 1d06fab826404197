import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError, describeDatabase, loadConfig } from '../config/app-config';
import { backup, BackupError, restore } from './backup';
import { Database, DatabaseStartError } from './database';

/**
 * The database commands, on the database that the API would use (DATABASE_URL, else the
 * embedded one in LEITSTAND_DATA_DIR; stop the API first, the embedded database has one user):
 *   migrate                  apply every pending migration
 *   revert                   take the newest applied migration back
 *   generate <Name>          write a migration for what the entities have and the schema lacks
 *   check                    fail when the entities and the migrations disagree
 *   backup <file>            write a backup of the database to the file
 *   restore <file> [--force] restore a backup into an empty database (--force: replace what it holds)
 */
const MIGRATIONS_DIR = join(__dirname, 'migrations');

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

async function run(command: string | undefined, name: string | undefined, options: string[]): Promise<number> {
  const config = loadConfig();
  const where = describeDatabase(config.database);
  if (command === 'backup' || command === 'restore') {
    const unknown = options.filter((option) => option !== '--force' || command !== 'restore');
    if (!name || unknown.length > 0) {
      console.error(
        command === 'backup' ? 'Usage: npm run db:backup -- <file>' : 'Usage: npm run db:restore -- <file> [--force]',
      );
      return 1;
    }
    try {
      if (command === 'backup') {
        const report = await backup(config.database, name);
        console.log(`Backed up the ${where} to ${report.file} (${megabytes(report.bytes)}, ${report.ms} ms)`);
      } else {
        const report = await restore(config.database, name, options.includes('--force'));
        console.log(`Restored ${report.file} (${megabytes(report.bytes)}) into the ${where} (${report.ms} ms)`);
      }
    } catch (error) {
      // A file that cannot be written or read is the operator's to fix too: one line, no stack.
      if (error instanceof BackupError || error instanceof DatabaseStartError) throw error;
      throw new BackupError(`Cannot ${command}: ${error instanceof Error ? error.message : String(error)}`);
    }
    return 0;
  }
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
    console.error(
      'Usage: cli.ts migrate | revert | generate <Name> | check | backup <file> | restore <file> [--force]',
    );
    return 2;
  } finally {
    await database.close();
  }
}

const [command, ...rest] = process.argv.slice(2);
run(
  command,
  rest.find((arg) => !arg.startsWith('--')),
  rest.filter((arg) => arg.startsWith('--')),
).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const operator =
      error instanceof ConfigError || error instanceof DatabaseStartError || error instanceof BackupError;
    console.error(operator ? `leitstand: ${error.message}` : error);
    process.exit(1);
  },
);
