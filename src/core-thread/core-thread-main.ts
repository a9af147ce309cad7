/**
 * The core thread's entry: builds the same Hotline as `hotline chat` (database, flows, directory,
 * timers, outbox) and answers the edge's calls. Channels that need no HTTP server of their own (the
 * WhatsApp linked device) run here too; the others are reached through RemoteSender.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createHotline } from '../bootstrap.js';
import { startBaileys } from '../channels/whatsapp-baileys/start-baileys.js';
import type { Hotline } from '../conversations/hotline-runtime.js';
import { createLogger } from '../log/logger.js';
import type { CoreMethods, CoreThreadData, EdgeMethods } from './core-protocol.js';
import { RemoteMediaSource, RemoteSender } from './remote-channel.js';
import { RpcPeer, serializeError } from './rpc-peer.js';

const { config, logTo } = workerData as CoreThreadData;
// Structured cloning turns the keys' Buffers into plain Uint8Arrays.
const dataKeys = config.dataKeys?.map((k) => ({ id: k.id, key: Buffer.from(k.key) }));
const logger = createLogger(config.logLevel, logTo === 'stderr' ? process.stderr : process.stdout);

let hotline: Hotline;
let baileys: { stop(): Promise<void> } | undefined;

const edge: RpcPeer<CoreMethods, EdgeMethods> = new RpcPeer(parentPort!, {
  ingest: (message) => hotline.ingest(message),
  recordDelivery: (report) => hotline.recordDelivery(report),
  delivered: (channel, userId, afterId) => hotline.delivered(channel, userId, afterId),
  isReady: () => hotline.isReady(),
  registerSender: (channel) => hotline.registerSender(new RemoteSender(channel, edge)),
  registerMediaSource: (channel) => hotline.registerMediaSource(new RemoteMediaSource(channel, edge)),
  start: () => hotline.start(),
  close: async () => {
    await baileys?.stop();
    await hotline.close();
  },
});

try {
  hotline = createHotline({ ...config, ...(dataKeys ? { dataKeys } : {}) }, logger);
  baileys = config.baileysEnabled ? await startBaileys(hotline, logger) : undefined;
  edge.notify('started');
} catch (error) {
  edge.notify('failedToStart', serializeError(error));
}
