import { createSocket } from 'node:dgram';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface SipResponder {
  port: number;
  /** OPTIONS requests received, by transport. */
  received: { udp: number; tcp: number };
  close(): Promise<void>;
}

/**
 * A minimal SIP user agent server for tests and demo mode: answers OPTIONS over UDP and TCP on
 * the same port with the given status, echoing the headers RFC 3261 §8.2.6 requires.
 */
export async function startSipResponder(opts: { status?: number; reason?: string; port?: number } = {}): Promise<SipResponder> {
  const status = opts.status ?? 200;
  const reason = opts.reason ?? 'OK';
  const received = { udp: 0, tcp: 0 };
  const answer = (request: string): string | undefined => {
    if (!request.startsWith('OPTIONS ')) return undefined;
    const header = (name: string) => request.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`)) ?? '';
    return [
      `SIP/2.0 ${status} ${reason}`,
      header('Via'),
      header('From'),
      `${header('To')};tag=responder`,
      header('Call-ID'),
      header('CSeq'),
      ...(status === 407 ? ['Proxy-Authenticate: Digest realm="trunk", nonce="abc"'] : []),
      'Allow: INVITE, ACK, CANCEL, BYE, OPTIONS',
      'Content-Length: 0',
      '',
      '',
    ].join('\r\n');
  };

  const tcp: Server = createServer((socket) => {
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      if (!buffer.includes('\r\n\r\n')) return;
      received.tcp++;
      const reply = answer(buffer);
      buffer = '';
      if (reply) socket.write(reply);
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => tcp.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (tcp.address() as AddressInfo).port;

  const udp = createSocket('udp4');
  udp.on('message', (msg, rinfo) => {
    received.udp++;
    const reply = answer(msg.toString('utf8'));
    if (reply) udp.send(reply, rinfo.port, rinfo.address);
  });
  await new Promise<void>((resolve) => udp.bind(port, '127.0.0.1', resolve));

  return {
    port,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        udp.close();
        tcp.close(() => resolve());
      }),
  };
}
