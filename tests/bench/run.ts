/**
 * `npm run bench`: end-to-end figures for the Telegram webhook path, printed, never asserted.
 *
 * Starts the service (a separate process, fresh temp database, webhook mode) against a fake Bot API
 * served from this process, drives N concurrent reporters through a whole typed report, and prints
 * messages/s (update posted → the turn's last reply received by the fake API), reply p50/p99,
 * webhook ack p99 and the service's idle and peak RSS; then the same for a bare Fastify endpoint
 * that answers each update with one sendMessage and no state. Loopback only, bounded in time.
 *
 *   npm run bench -- --reporters 64 --seconds 10
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { FakeTelegramApi } from '../support/fake-telegram-api.js';
import {
  buildForBench,
  busiestThreadCores,
  cpuSecondsOf,
  memoryOf,
  type ServiceProcess,
  startProcess,
  threadCpuSecondsOf,
} from './bench-process.js';
import { LoadDriver, type LoadResult, percentile, type Turn } from './load-driver.js';

const { values: args } = parseArgs({
  options: {
    reporters: { type: 'string', default: '64' },
    seconds: { type: 'string', default: '10' },
    'log-level': { type: 'string', default: 'warn' },
  },
});
const REPORTERS = Number(args.reporters);
const SECONDS = Number(args.seconds);
/** Load before measuring, so JIT warm-up and first-touch allocations are not in the figures. */
const WARMUP_SECONDS = 2;
/** No reply for this long after a turn means the bot has finished answering it (script discovery only). */
const QUIET_MS = 400;
const SECRET = 'bench-secret';
/** Idle seconds before the settled-memory reading (V8's memory reducer acts after ~10-20 s). */
const IDLE_SETTLE_SECONDS = 25;

/** The typed report of tests/flows (typed-report): greeting, consent, story, safety, category, child, region. */
const REPORT_TEXTS = [
  'halo',
  'ya',
  'suami saya sering memukul saya kalau marah, sudah setahun',
  'tidak',
  'benar',
  'tidak',
  'kota palu',
];

/** Every this-many-th report is an urgent one-message report that rings an officer. */
const URGENT_EVERY = 8;
/**
 * Urgent, with the place: the case opens and the office's on-call officer is alerted at once. The
 * places rotate over four offices, so alerts go to four officers' chats, as urgent cases from
 * different districts would (one chat's messages go out one at a time, in order).
 */
const URGENT_PLACES = ['kota palu', 'kabupaten pati', 'kota jambi', 'kota payakumbuh'];
const urgentText = (place: string) =>
  `tolong suami saya mau bunuh saya, dia bawa parang sekarang. saya di ${place}`;

interface Row {
  name: string;
  result: LoadResult;
  idleMb: number;
  peakMb: number;
  /** The service's CPU use while measured, in cores (1.0 = one core busy all the time). */
  cores: number;
  /** Its busiest thread's share of a core: near 1.0, that thread is the limit. */
  topThread: number;
  /** This benchmark process's own CPU (driver and fake API) while measured, in cores. */
  benchCores: number;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-bench-'));
  let driver: LoadDriver | undefined;
  const api = new FakeTelegramApi({ record: false, onCall: (call) => driver?.onApiCall(call) });
  const root = await api.listen();
  const env = {
    TELEGRAM_BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: root,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    // Every simulated reporter posts from loopback: one address, far past a real webhook's burst.
    RATE_LIMIT_WEBHOOK_PER_IP: '1000000',
    MAX_CONNECTIONS_PER_IP: '100000',
    // Every 8th report is urgent, about 8 an office in 10 s: a storm by the product's rule, where
    // officers get one digest a second instead of separate alerts (tests/handoff/alert-storm.test.ts).
    // The bench measures the alert path itself, so the digest threshold is lifted here.
    ALERT_DIGEST_THRESHOLD: process.env.ALERT_DIGEST_THRESHOLD ?? '1000',
  };
  console.log(`Hotline PPA bench: ${REPORTERS} reporters, ${SECONDS} s each, loopback, ${process.platform}`);
  try {
    await buildForBench();
    const databaseFile = join(dir, 'bench.db');
    const hotline = await startProcess('service-main.ts', {
      ...env,
      NODE_ENV: 'production',
      DATA_KEY: randomBytes(32).toString('base64'),
      DATABASE_URL: databaseFile,
      PORT: '0',
      LOG_LEVEL: args['log-level'],
    });
    const startMb = memoryOf(hotline.child.pid!).rssMb;
    // V8 returns the start-up garbage (the region list is built from CSV) to the OS after some idle
    // seconds; a service that waits for reporters is measured after that too.
    await new Promise((r) => setTimeout(r, IDLE_SETTLE_SECONDS * 1_000));
    const settledMb = memoryOf(hotline.child.pid!).rssMb;
    const use = (d: LoadDriver) => {
      driver = d;
    };
    const script = await discoverScript(hotline, REPORT_TEXTS, 1, use);
    const urgentScripts: Turn[][] = [];
    for (const [i, place] of URGENT_PLACES.entries()) {
      const [turn] = await discoverScript(hotline, [urgentText(place)], 2 + i, use);
      // The officer's alert is a message to another chat: the reporter's turn does not wait for it.
      urgentScripts.push([{ ...turn!, replies: turn!.replies - 1, urgent: true }]);
    }
    console.log(
      `hotline RSS after start: ${startMb.toFixed(0)} MB; after ${IDLE_SETTLE_SECONDS} s idle: ${settledMb.toFixed(0)} MB`,
    );
    console.log(
      `script: ${script.length} turns, ${script.reduce((n, t) => n + t.replies, 0)} bot messages per report; ` +
        `every ${URGENT_EVERY}th report is one urgent message (${urgentScripts[0]![0]!.replies} replies + an officer alert, ${URGENT_PLACES.length} offices in turn)`,
    );
    const hotlineRow = await measure('hotline (stored, encrypted)', hotline, script, use, {
      scripts: urgentScripts,
      every: URGENT_EVERY,
    });
    await hotline.stop();
    const stored = storedCounts(databaseFile);

    const bare = await startProcess('bare-main.ts', env);
    const bareRow = await measure(
      'bare Fastify + sendMessage',
      bare,
      REPORT_TEXTS.map((text) => ({ text, replies: 1 })),
      (d) => {
        driver = d;
      },
    );
    await bare.stop();

    print([hotlineRow, bareRow]);
    console.log(
      `\nstored: ${stored.inbound} inbound messages (${stored.pending} unprocessed), ${stored.sent} replies sent, ` +
        `${stored.plain} stored unencrypted`,
    );
  } finally {
    driver?.close();
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Update ids of the discovery walks, apart from the load drivers' own. */
let discoveryUpdates = 1;

/** One reporter walks the report once, slowly, to learn how many messages each turn produces. */
async function discoverScript(
  service: ServiceProcess,
  texts: string[],
  chat: number,
  use: (driver: LoadDriver) => void,
): Promise<Turn[]> {
  const secret = SECRET;
  let count = 0;
  const counting = { onApiCall: (call: { method: string }) => call.method === 'sendMessage' && count++ };
  use(counting as unknown as LoadDriver);
  const turns: Turn[] = [];
  for (const text of texts) {
    const before = count;
    await fetch(new URL('/webhooks/telegram', service.address), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
      body: JSON.stringify({
        update_id: 900_000_000 + discoveryUpdates,
        message: { message_id: discoveryUpdates++, date: 0, chat: { id: chat, type: 'private' }, text },
      }),
    });
    let seen = -1;
    while (seen !== count) {
      seen = count;
      await new Promise((r) => setTimeout(r, QUIET_MS));
    }
    if (count === before) throw new Error(`the bot did not answer "${text}": has the flow changed?`);
    turns.push({ text, replies: count - before });
  }
  return turns;
}

async function measure(
  name: string,
  service: ServiceProcess,
  script: Turn[],
  use: (driver: LoadDriver) => void,
  urgent?: { scripts: Turn[][]; every: number },
): Promise<Row> {
  const url = new URL('/webhooks/telegram', service.address);
  const warm = new LoadDriver(url, SECRET, REPORTERS);
  use(warm);
  await warm.run(REPORTERS, script, WARMUP_SECONDS, urgent);
  warm.close();
  await new Promise((r) => setTimeout(r, 1_000));
  const idleMb = memoryOf(service.child.pid!).rssMb;
  const driver = new LoadDriver(url, SECRET, REPORTERS);
  use(driver);
  const pid = service.child.pid!;
  const cpuBefore = cpuSecondsOf(pid);
  const threadsBefore = threadCpuSecondsOf(pid);
  const benchBefore = process.cpuUsage();
  const result = await driver.run(REPORTERS, script, SECONDS, urgent);
  const cores = (cpuSecondsOf(pid) - cpuBefore) / result.seconds;
  const topThread = busiestThreadCores(threadsBefore, threadCpuSecondsOf(pid), result.seconds);
  const bench = process.cpuUsage(benchBefore);
  const benchCores = (bench.user + bench.system) / 1e6 / result.seconds;
  driver.close();
  return { name, result, idleMb, peakMb: memoryOf(pid).peakMb, cores, topThread, benchCores };
}

function storedCounts(file: string) {
  const db = new Database(file, { readonly: true });
  const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const counts = {
    inbound: one("select count(*) n from inbound_messages where channel = 'telegram'"),
    pending: one("select count(*) n from inbound_messages where status = 'pending'"),
    sent: one("select count(*) n from outbox where status = 'sent'"),
    plain: one("select count(*) n from inbound_messages where payload_enc not like 'v1:%'"),
  };
  db.close();
  return counts;
}

function print(rows: Row[]): void {
  const f = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '-');
  console.log(
    `\n${'target'.padEnd(30)} ${'msgs/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ` +
      `${'ack p99'.padStart(8)} ${'alert p99'.padStart(9)} ${'idle MB'.padStart(8)} ${'peak MB'.padStart(8)} ${'CPU'.padStart(5)} ` +
      `${'top thr'.padStart(7)} ${'bench'.padStart(5)} ${'errors'.padStart(7)}`,
  );
  for (const { name, result, idleMb, peakMb, cores, topThread, benchCores } of rows) {
    console.log(
      `${name.padEnd(30)} ${f(result.turns / result.seconds, 0).padStart(8)} ${f(percentile(result.replyMs, 50)).padStart(8)} ` +
        `${f(percentile(result.replyMs, 99)).padStart(8)} ${f(percentile(result.ackMs, 99)).padStart(8)} ` +
        `${f(percentile(result.alertMs, 99)).padStart(9)} ` +
        `${f(idleMb, 0).padStart(8)} ${f(peakMb, 0).padStart(8)} ${f(cores, 2).padStart(5)} ` +
        `${f(topThread, 2).padStart(7)} ${f(benchCores, 2).padStart(5)} ${String(result.errors).padStart(7)}`,
    );
  }
  const [hotline, bare] = rows;
  if (hotline && bare) {
    const ratio = hotline.result.turns / hotline.result.seconds / (bare.result.turns / bare.result.seconds);
    console.log(`\nhotline / bare throughput: ${f(ratio, 2)}`);
  }
  console.log(
    `load average now: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} on ${cpus().length} cores`,
  );
  if (hotline) console.log(`officer alerts measured: ${hotline.result.alertMs.length}`);
  console.log(
    'targets: ≥ 2500 msgs/s, reply p99 < 25 ms, ack p99 < 10 ms, alert p99 < 500 ms, peak < 150 MB, idle < 100 MB',
  );
}

await main();
