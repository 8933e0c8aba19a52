import { BlockList, isIP } from 'node:net';

/** Which client addresses may relay through us (Postfix's mynetworks). */
export class ClientNetworks {
  private readonly list = new BlockList();

  constructor(readonly cidrs: readonly string[]) {
    for (const cidr of cidrs) {
      const [addr, bits] = cidr.split('/');
      const family = isIP(addr ?? '');
      if (!addr || family === 0) throw new Error(`invalid network "${cidr}"`);
      const type = family === 6 ? 'ipv6' : 'ipv4';
      const prefix = bits === undefined ? (family === 6 ? 128 : 32) : Number(bits);
      if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 6 ? 128 : 32)) throw new Error(`invalid prefix in "${cidr}"`);
      this.list.addSubnet(addr, prefix, type);
    }
  }

  allows(remoteAddress: string | undefined): boolean {
    if (!remoteAddress) return false;
    // IPv4-mapped IPv6 (::ffff:127.0.0.1) is matched as IPv4.
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(remoteAddress);
    const addr = mapped ? mapped[1]! : remoteAddress;
    const family = isIP(addr);
    if (family === 0) return false;
    return this.list.check(addr, family === 6 ? 'ipv6' : 'ipv4');
  }
}
