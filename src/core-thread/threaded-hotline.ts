/**
 * The edge's handle on the core thread (`serve`): webhooks are parsed and answered here while the
 * database, the flows and the outbox run on the second core, so a busy conversation worker never
 * delays a webhook's acknowledgement. Implements the same gateway as the in-thread Hotline.
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { HotlineGateway } from '../conversations/hotline-gateway.js';
import type {
  ChannelName,
  ChannelSender,
  DeliveryReport,
  InboundMessage,
  MediaSource,
} from '../conversations/channel-contract.js';
import type { CoreMethods, CoreThreadData, EdgeMethods } from './core-protocol.js';
import { RpcPeer, rebuildError } from './rpc-peer.js';

/**
 * Run from source (tests, tsx), the core thread must load TypeScript too: Node 20 applies no
 * `--import` hooks to a worker's entry file, so a one-line entry registers tsx and imports it.
 */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const ENTRY = new URL(`./core-thread-main.${FROM_SOURCE ? 'ts' : 'js'}`, import.meta.url);
const SOURCE_ENTRY = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(ENTRY.href)}); })`;

export interface ThreadedHotlineOptions {
  logTo?: CoreThreadData['logTo'];
  /** The core thread died after starting: nothing can be stored any more. `serve` exits. */
  onCoreExit?: (error: Error) => void;
}

export class ThreadedHotline implements HotlineGateway {
  private readonly senders = new Map<ChannelName, ChannelSender>();
  private readonly sources = new Map<ChannelName, MediaSource>();
  private readonly core: RpcPeer<EdgeMethods, CoreMethods>;
  /** Settled by the core's first word (started / failedToStart), or by its early death. */
  private readonly started: Promise<void>;
  private startupDone: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private closing = false;

  private constructor(
    private readonly worker: Worker,
    readonly logger: Logger,
    private readonly onCoreExit: ((error: Error) => void) | undefined,
  ) {
    this.started = new Promise((resolve, reject) => {
      this.startupDone = { resolve, reject };
    });
    this.core = new RpcPeer(worker, {
      send: (channel, address, message, context) => this.sender(channel).send(address, message, context),
      download: (channel, ref, maxBytes) => this.source(channel).download(ref, maxBytes),
      started: () => this.startupDone?.resolve(),
      failedToStart: (error) => this.startupDone?.reject(rebuildError(error)),
    });
    worker.on('error', (error) => this.lost(error));
    worker.on('exit', (code) => this.lost(new Error(`the core thread exited with code ${code}`)));
  }

  /** Starts the core thread; rejects with the core's own error when it cannot start. */
  static async start(
    config: Config,
    logger: Logger,
    options: ThreadedHotlineOptions = {},
  ): Promise<ThreadedHotline> {
    const workerData: CoreThreadData = { config, logTo: options.logTo ?? 'stdout' };
    const worker = FROM_SOURCE
      ? new Worker(SOURCE_ENTRY, { eval: true, workerData })
      : new Worker(ENTRY, { workerData });
    const hotline = new ThreadedHotline(worker, logger, options.onCoreExit);
    try {
      await hotline.started;
    } catch (error) {
      hotline.closing = true;
      await worker.terminate();
      throw error;
    }
    hotline.startupDone = undefined;
    return hotline;
  }

  ingest(message: InboundMessage) {
    return this.core.call('ingest', message);
  }

  recordDelivery(report: DeliveryReport) {
    return this.core.call('recordDelivery', report);
  }

  delivered(channel: ChannelName, userId: string, afterId: number) {
    return this.core.call('delivered', channel, userId, afterId);
  }

  async isReady(): Promise<boolean> {
    return this.core.call('isReady').catch(() => false);
  }

  registerSender(sender: ChannelSender): void {
    this.senders.set(sender.channel, sender);
    this.core.notify('registerSender', sender.channel);
  }

  registerMediaSource(source: MediaSource): void {
    this.sources.set(source.channel, source);
    this.core.notify('registerMediaSource', source.channel);
  }

  start(): void {
    this.core.notify('start');
  }

  /** Lets the core finish its sends (through this thread's senders), close the database, and end. */
  async close(): Promise<void> {
    this.closing = true;
    await this.core.call('close');
    await this.worker.terminate();
  }

  private sender(channel: ChannelName): ChannelSender {
    const sender = this.senders.get(channel);
    if (!sender) throw new Error(`no sender registered for ${channel}`);
    return sender;
  }

  private source(channel: ChannelName): MediaSource {
    const source = this.sources.get(channel);
    if (!source) throw new Error(`no media source registered for ${channel}`);
    return source;
  }

  private lost(error: Error): void {
    if (this.closing) return;
    if (this.startupDone) return this.startupDone.reject(error);
    this.core.close(error);
    this.logger.fatal({ err: { type: error.name } }, 'the core thread stopped; nothing can be stored');
    this.onCoreExit?.(error);
  }
}
