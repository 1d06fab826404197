import { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Which addresses a webhook may reach. Cloud metadata services are never reachable (they hand out
 * credentials); loopback, private, link-local and other non-public ranges only where the
 * installation allows them (LEITSTAND_WEBHOOKS_ALLOW_PRIVATE, for on-premises receivers and tests).
 * URLs are checked when a webhook is created and the resolved addresses again at every delivery,
 * in the lookup of the connection itself, so that a name that resolves elsewhere later (DNS
 * rebinding) is refused too.
 */
const METADATA = ['169.254.169.254', 'fd00:ec2::254'];

const NOT_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  NOT_PUBLIC.addSubnet(network, prefix, 'ipv6');

const METADATA_LIST = new BlockList();
METADATA_LIST.addAddress(METADATA[0], 'ipv4');
METADATA_LIST.addAddress(METADATA[1], 'ipv6');

/** An IPv4 address written as IPv6 (::ffff:a.b.c.d or ::ffff:xxxx:xxxx) as the IPv4 address it is. */
function unmapped(address: string): { address: string; family: 'ipv4' | 'ipv6' } {
  const mapped = /^::ffff:(.+)$/i.exec(address);
  if (mapped) {
    const rest = mapped[1];
    if (isIP(rest) === 4) return { address: rest, family: 'ipv4' };
    const hex = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(rest);
    if (hex) {
      const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
      return { address: `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, family: 'ipv4' };
    }
  }
  return { address, family: isIP(address) === 4 ? 'ipv4' : 'ipv6' };
}

/** Why an address may not be reached, or null where it may. */
export function refusalOf(address: string, allowPrivate: boolean): string | null {
  const { address: plain, family } = unmapped(address);
  if (METADATA_LIST.check(plain, family)) return `${address} is a cloud metadata address`;
  if (!allowPrivate && NOT_PUBLIC.check(plain, family))
    return `${address} is a loopback, private or link-local address (allowed only with LEITSTAND_WEBHOOKS_ALLOW_PRIVATE=true)`;
  return null;
}

/** A URL's host without the brackets of an IPv6 literal. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Why a webhook URL is refused, or null: http(s) only, and every address that its host has now must be allowed. */
export async function problemWithUrl(text: string, allowPrivate: boolean): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http or https URL';
  const host = hostOf(url);
  if (isIP(host)) return refusalOf(host, allowPrivate);
  let addresses: LookupAddress[];
  try {
    addresses = await lookup(host, { all: true, verbatim: true });
  } catch {
    return `names a host that cannot be found (${host})`;
  }
  for (const { address } of addresses) {
    const refusal = refusalOf(address, allowPrivate);
    if (refusal) return `resolves to ${refusal}`;
  }
  return null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that resolves the host and refuses the connection where any of its
 * addresses may not be reached: the check and the connection use the same answer.
 */
export function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean }, callback: LookupCallback): void => {
    lookup(hostname, { all: true, verbatim: true }).then(
      (addresses) => {
        for (const { address } of addresses) {
          const refusal = refusalOf(address, allowPrivate);
          if (refusal) {
            callback(Object.assign(new Error(`refused: ${hostname} resolves to ${refusal}`), { code: 'EREFUSED' }), []);
            return;
          }
        }
        if (options.all) callback(null, addresses);
        else callback(null, addresses[0].address, addresses[0].family);
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
}
