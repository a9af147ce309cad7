import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config.js';
import { SendError } from '../../src/conversations/channel-contract.js';
import { RpcPeer } from '../../src/core-thread/rpc-peer.js';

type Left = { hello(name: string): string };
type Right = {
  add(a: number, b: number): Promise<number>;
  send(): Promise<never>;
  configure(): never;
  remember(value: string): void;
  recall(): string[];
};

let channel: MessageChannel;
afterEach(() => {
  channel.port1.close();
  channel.port2.close();
});

/** Two peers over a real MessageChannel, as between the edge and the core thread. */
function peers() {
  channel = new MessageChannel();
  const remembered: string[] = [];
  const right = new RpcPeer<Right, Left>(channel.port2, {
    add: async (a, b) => a + b,
    send: async () => {
      throw new SendError('slow down', true, 'telegram_429', 3_000);
    },
    configure: () => {
      throw new ConfigError('DIRECTORY_FILE', 'cannot be read');
    },
    remember: (value) => void remembered.push(value),
    recall: () => remembered,
  });
  const left = new RpcPeer<Left, Right>(channel.port1, { hello: (name) => `halo ${name}` });
  return { left, right };
}

describe('RpcPeer', () => {
  it('should answer calls both ways', async () => {
    const { left, right } = peers();
    expect(await left.call('add', 2, 3)).toBe(5);
    expect(await right.call('hello', 'sari')).toBe('halo sari');
  });

  it('should rebuild a send failure with what the dispatcher decides on', async () => {
    const { left } = peers();
    const error = await left.call('send').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ retryable: true, code: 'telegram_429', retryAfterMs: 3_000 });
  });

  it('should rebuild a configuration error with its one-line message', async () => {
    const { left } = peers();
    const error = await left.call('configure').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('DIRECTORY_FILE cannot be read');
  });

  it('should keep the order of notifications and calls', async () => {
    const { left } = peers();
    left.notify('remember', 'a');
    left.notify('remember', 'b');
    expect(await left.call('recall')).toEqual(['a', 'b']);
  });

  it('should fail calls waiting on a side that is gone, and later ones', async () => {
    const { left } = peers();
    const { port2 } = channel;
    port2.removeAllListeners('message'); // the other side stops answering
    const waiting = left.call('add', 1, 1);
    left.close(new Error('the core thread stopped'));
    await expect(waiting).rejects.toThrow('the core thread stopped');
    await expect(left.call('add', 1, 1)).rejects.toThrow('the core thread stopped');
  });
});
