import { SMTPServer } from 'smtp-server';

/** One mail that the SMTP server took, decoded enough to read. */
export interface Mail {
  to: string[];
  subject: string;
  text: string;
  raw: string;
}

/** Decodes quoted-printable text (soft line breaks and =XX bytes) as UTF-8. */
function quotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => `%${hex}`);
  return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
}

/** Decodes an RFC 2047 header (=?UTF-8?Q?…?= or =?UTF-8?B?…?= words). */
function header(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_match, kind: string, word: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(word, 'base64').toString('utf8')
        : quotedPrintable(word.replace(/_/g, ' ')),
    );
}

function parse(raw: string, to: string[]): Mail {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const subject = /^subject: (.*)$/im.exec(unfolded)?.[1] ?? '';
  const encoding = /^content-transfer-encoding: (.*)$/im.exec(unfolded)?.[1]?.trim().toLowerCase();
  const body = rest.join('\n\n');
  const text =
    encoding === 'quoted-printable'
      ? quotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return { to, subject: header(subject), text: text.replace(/\r\n/g, '\n'), raw };
}

/** A real SMTP server (the smtp-server package) on 127.0.0.1 that keeps every mail it is given. */
export class SmtpReceiver {
  private constructor(
    private readonly server: SMTPServer,
    readonly mails: Mail[],
  ) {}

  static async start(port: number): Promise<SmtpReceiver> {
    const mails: Mail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const to = session.envelope.rcptTo.map((address) => address.address);
          mails.push(parse(Buffer.concat(chunks).toString('utf8'), to));
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    return new SmtpReceiver(server, mails);
  }

  /** Waits until at least `count` mails have come, or fails after `timeoutMs`. */
  async waitFor(count: number, timeoutMs = 30_000): Promise<Mail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.mails.length < count) {
      if (Date.now() > deadline) throw new Error(`The SMTP server got ${this.mails.length} mails, not ${count}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return this.mails;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
