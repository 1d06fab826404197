import { createInterface } from 'node:readline';
import { lockDataDir } from '../src/database/data-dir-lock';

/**
 * One of several processes racing for an embedded data directory's lock (the lock tests start them):
 * says `ready`, takes the lock on the first line of its input, says `won` or `refused <pid>`, and
 * holds what it won until its input ends.
 */
const lines = createInterface({ input: process.stdin });
let started = false;
lines.on('line', () => {
  if (started) return;
  started = true;
  void lockDataDir(process.argv[2]).then((result) => {
    if ('heldBy' in result) {
      process.stdout.write(`refused ${result.heldBy}\n`);
      process.exit(0);
    }
    process.stdout.write('won\n');
    lines.on('close', () => {
      result.lock.release();
      process.exit(0);
    });
  });
});
process.stdout.write('ready\n');
