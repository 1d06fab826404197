import { hash, verify } from '@node-rs/argon2';
import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../common/errors';

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 256;

/** Password hashing with argon2id (the library's default, OWASP's parameters). */
@Injectable()
export class PasswordService {
  /** Verified instead of a real hash where there is none, so that an unknown email takes as long as a wrong password. */
  private dummyHash: Promise<string> | undefined;

  hash(password: string): Promise<string> {
    return hash(password);
  }

  /** True when the password matches; false for a wrong password and for no hash at all, in about the same time. */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    if (passwordHash === null) {
      this.dummyHash ??= hash('leitstand-no-such-account');
      await verify(await this.dummyHash, password);
      return false;
    }
    return verify(passwordHash, password);
  }

  /** The rule for passwords that people choose: at least 10 characters. */
  checkNewPassword(password: string, path: string): void {
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw BadUserInputError.field(path, 'TOO_SHORT', `must be at least ${MIN_PASSWORD_LENGTH} characters long`, {
        min: MIN_PASSWORD_LENGTH,
      });
    }
    if (password.length > MAX_PASSWORD_LENGTH) {
      throw BadUserInputError.field(path, 'TOO_LONG', `must be at most ${MAX_PASSWORD_LENGTH} characters long`, {
        max: MAX_PASSWORD_LENGTH,
      });
    }
  }
}
