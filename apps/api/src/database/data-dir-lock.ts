import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The file in an embedded database's directory that names the one process using it. */
export const LOCK_FILE = 'leitstand.lock';

/** Who holds a lock: the process id, when that process began (to tell a reused pid), and a token unique to this holding. */
interface LockRecord {
  pid: number;
  started: string | null;
  token: string;
}

/** The held lock of a data directory; `release()` gives it up (on a clean close). */
export interface DataDirLock {
  release(): void;
}

export type LockResult = { lock: DataDirLock } | { heldBy: number };

/**
 * Takes the lock of an embedded database's directory, so that only one process opens it: two
 * PGlite instances on one directory each keep their own view of the files and lose each other's
 * writes.
 *
 * The lock is a file created atomically with its content (a link of a written temporary file, which
 * fails when the lock exists). A lock whose process is gone (killed) is stale: it is replaced, but
 * only by the one starter that first creates the claim named after the stale holding's token, and
 * only if the lock still holds that token; everyone else finds the new, live holder. A process id is
 * alive when `kill(pid, 0)` finds it and, where /proc tells, it began when the holder began (an
 * unrelated process that got the same pid later does not hold the lock).
 */
export async function lockDataDir(dir: string): Promise<LockResult> {
  const path = join(dir, LOCK_FILE);
  const mine: LockRecord = {
    pid: process.pid,
    started: startTimeOf(process.pid),
    token: randomBytes(12).toString('hex'),
  };
  const temp = join(dir, `.${LOCK_FILE}.${mine.token}`);
  writeFileSync(temp, JSON.stringify(mine), { flag: 'wx' });
  try {
    for (let attempt = 0; attempt < 200; attempt++) {
      if (tryLink(temp, path)) return { lock: releaser(path, mine) };
      const holder = readRecord(path);
      if (!holder) continue; // released meanwhile, or not a lock of ours: try again (or below, replace it)
      if (isAlive(holder)) return { heldBy: holder.pid };
      const claim = `${path}.${holder.token}`;
      if (!tryLink(temp, claim)) {
        const claimant = readRecord(claim);
        // A starter that died while replacing the stale lock leaves its claim: that one is stale too.
        if (claimant && !isAlive(claimant)) removeIfHolding(claim, claimant.token);
        else await sleep(10);
        continue;
      }
      try {
        if (readRecord(path)?.token !== holder.token) continue;
        renameSync(temp, path);
        return { lock: releaser(path, mine) };
      } finally {
        removeIfHolding(claim, mine.token);
      }
    }
    throw new Error(`could not take ${path}: it keeps changing`);
  } finally {
    try {
      unlinkSync(temp);
    } catch {
      // already renamed into the lock
    }
  }
}

function releaser(path: string, mine: LockRecord): DataDirLock {
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      removeIfHolding(path, mine.token);
    },
  };
}

/** Removes a lock file if it still holds the token (only its holder, alive, could change it meanwhile). */
function removeIfHolding(path: string, token: string): void {
  if (readRecord(path)?.token !== token) return;
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
}

function tryLink(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

function readRecord(path: string): LockRecord | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    const record = JSON.parse(text) as Partial<LockRecord>;
    if (Number.isInteger(record.pid) && typeof record.token === 'string')
      return { pid: record.pid as number, started: record.started ?? null, token: record.token };
  } catch {
    // not written by us: treated as the lock of a process that is gone
  }
  return { pid: 0, started: null, token: 'unreadable' };
}

function isAlive(holder: LockRecord): boolean {
  if (holder.pid <= 0 || holder.pid === process.pid) return false; // not us: we are only now taking it
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = startTimeOf(holder.pid);
  return holder.started === null || started === null || started === holder.started;
}

/** When a process began, in clock ticks since boot (Linux /proc); null where that cannot be told. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The fields after the command name (which is in parentheses and may hold spaces); starttime is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
