/**
 * `npm run bench`: end-to-end figures for the Telegram webhook path, printed, never asserted.
 *
 * Three targets in one run, each a separate process against one fake Bot API served from this
 * process: a bare Fastify endpoint (no state; each turn's sendMessage calls and nothing else, the
 * ceiling of the report's HTTP traffic), a plain grammY bot with SQLite sessions at `synchronous = FULL` (tests/bench/grammy-baseline-main.ts: what a developer
 * would write instead, at our durability) and this project (webhook mode, fresh temp database). At
 * each concurrency, N reporters walk the typed report, each waiting for the bot's whole turn before
 * answering. Printed per target: messages/s, first-reply and turn-complete p50/p99, webhook ack p99,
 * peak RSS, and idle RSS after the processes settled; the officer-alert p99 of this project; and
 * this project's ratios to grammY at the highest concurrency. Loopback only, bounded in time.
 *
 *   npm run bench -- --reporters 16,64 --seconds 10
 *   npm run bench -- --db postgres://postgres@127.0.0.1:5432/test
 *   npm run bench -- --db postgres://postgres@127.0.0.1:5432/test --targets postgres
 *
 * `--db <postgres server>` adds a fourth target, this project on PostgreSQL: a fresh database is made
 * on that server (trust or password in the URL), measured in the same run, and dropped afterwards.
 * This project's processes start as `npm start` starts the service: its environment and Node flags.
 * `--targets` measures only some of bare, grammy, sqlite, postgres (all by default), for a quick look
 * at one while working on it; the ratios are printed only when both sides were measured.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { FakeTelegramApi } from '../support/fake-telegram-api.js';
import { type BenchRow, printBench } from './bench-report.js';
import {
  buildForBench,
  busiestThreadCores,
  cpuSecondsOf,
  memoryOf,
  type ServiceProcess,
  startProcess,
  threadCpuSecondsOf,
} from './bench-process.js';
import { LoadDriver, type Turn } from './load-driver.js';
import { startCommand } from '../support/start-command.js';
import { typedReport } from '../support/typed-report.js';

const { values: args } = parseArgs({
  options: {
    reporters: { type: 'string', default: '16,64' },
    seconds: { type: 'string', default: '10' },
    'log-level': { type: 'string', default: 'warn' },
    db: { type: 'string' },
    targets: { type: 'string', default: 'bare,grammy,sqlite,postgres' },
  },
});
/** The targets measured: a short name each (see the `targets` list in main). */
const MEASURED = new Set(args.targets.split(','));
/** Concurrent reporters of each measurement, in order; the ratios are taken at the last. */
const CONCURRENCIES = args.reporters.split(',').map(Number);
const SECONDS = Number(args.seconds);
/** Load before measuring, so JIT warm-up and first-touch allocations are not in the figures. */
const WARMUP_SECONDS = 2;
/** No reply for this long after a turn means the bot has finished answering it (script discovery only). */
const QUIET_MS = 400;
const SECRET = 'bench-secret';
/** Idle seconds before the settled-memory reading (V8's memory reducer acts after ~10-20 s). */
const IDLE_SETTLE_SECONDS = 25;

/** The typed report of tests/flows (typed-report): greeting, consent, story, safety, category, child, region. */
const REPORT_TEXTS = typedReport('kota palu');

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

interface Target {
  /** What `--targets` calls it. */
  key: 'bare' | 'grammy' | 'sqlite' | 'postgres';
  name: string;
  service: ServiceProcess;
  script: Turn[];
  urgent?: { scripts: Turn[][]; every: number };
}

/** The fresh database of `--db`, dropped at the end. */
let postgres: { url: string; drop: () => Promise<void> } | undefined;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hotline-bench-'));
  let driver: LoadDriver | undefined;
  const use = (d: LoadDriver) => {
    driver = d;
  };
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
  console.log(
    `Hotline PPA bench: ${CONCURRENCIES.join(' and ')} reporters, ${SECONDS} s each, loopback, ${process.platform}`,
  );
  const started: ServiceProcess[] = [];
  const start = async (script: string, extra: Record<string, string>, nodeFlags: string[] = []) => {
    const service = await startProcess(script, { ...env, ...extra }, nodeFlags);
    started.push(service);
    return service;
  };
  try {
    await buildForBench();
    const databaseFile = join(dir, 'bench.db');
    const bare = await start('bare-main.ts', {});
    const grammy = await start('grammy-baseline-main.ts', { DATABASE_URL: join(dir, 'grammy-sessions.db') });
    const projectEnv = (databaseUrl: string) => ({
      NODE_ENV: 'production',
      DATA_KEY: randomBytes(32).toString('base64'),
      DATABASE_URL: databaseUrl,
      PORT: '0',
      LOG_LEVEL: args['log-level'],
    });
    const { env: startEnv, flags } = startCommand();
    const hotline = await start('service-main.ts', { ...startEnv, ...projectEnv(databaseFile) }, flags);
    postgres = args.db ? await freshPostgres(args.db) : undefined;
    const onPostgres = postgres
      ? await start('service-main.ts', { ...startEnv, ...projectEnv(postgres.url) }, flags)
      : undefined;
    const startMb = memoryOf(hotline.child.pid!).rssMb;
    // V8 returns the start-up garbage (the region list is built from CSV) to the OS after some idle
    // seconds; a service that waits for reporters is measured after that too. All three settle at once.
    await new Promise((r) => setTimeout(r, IDLE_SETTLE_SECONDS * 1_000));
    const idleMb = new Map(started.map((s) => [s, memoryOf(s.child.pid!).rssMb]));
    console.log(
      `this project's RSS after start: ${startMb.toFixed(0)} MB; after ${IDLE_SETTLE_SECONDS} s idle: ${idleMb.get(hotline)!.toFixed(0)} MB`,
    );

    const startWith = [...Object.entries(startEnv).map(([name, value]) => `${name}=${value}`), ...flags];
    if (startWith.length > 0) console.log(`this project runs as npm start runs it: ${startWith.join(' ')}`);
    const script = await discoverScript(hotline, REPORT_TEXTS, 1, use);
    const urgentScripts: Turn[][] = [];
    for (const [i, place] of URGENT_PLACES.entries()) {
      const [turn] = await discoverScript(hotline, [urgentText(place)], 2 + i, use);
      urgentScripts.push([{ ...turn!, urgent: true }]);
    }
    const grammyScript = await discoverScript(grammy, REPORT_TEXTS, 1, use);
    const perTurn = (turns: Turn[]) => turns.map((t) => t.replies).join(' ');
    console.log(
      `script: ${script.length} turns, messages per turn ${perTurn(script)} (grammY baseline: ${perTurn(grammyScript)}); ` +
        `every ${URGENT_EVERY}th report of this project is one urgent message (${urgentScripts[0]![0]!.replies} replies + an officer alert, ${URGENT_PLACES.length} offices in turn)`,
    );
    if (perTurn(script) !== perTurn(grammyScript))
      console.log('WARNING: the grammY baseline sends other numbers of messages per turn than this project');

    const targets: Target[] = [
      {
        key: 'bare',
        name: 'bare Fastify, same sends',
        service: bare,
        // Each turn's message count as its text: the bare endpoint sends that many (bare-main.ts).
        script: script.map((turn) => ({ text: String(turn.replies), replies: turn.replies })),
      },
      { key: 'grammy', name: 'grammY + SQLite sessions', service: grammy, script: grammyScript },
      {
        key: 'sqlite',
        name: 'this project',
        service: hotline,
        script,
        urgent: { scripts: urgentScripts, every: URGENT_EVERY },
      },
    ];
    if (onPostgres)
      targets.push({
        key: 'postgres',
        name: 'this project, PostgreSQL',
        service: onPostgres,
        script: await discoverScript(onPostgres, REPORT_TEXTS, 1, use),
        urgent: { scripts: urgentScripts, every: URGENT_EVERY },
      });
    const rows: BenchRow[] = [];
    // Each concurrency measures the three targets one after another, so they share the machine's state.
    for (const reporters of CONCURRENCIES) {
      for (const target of targets.filter((t) => MEASURED.has(t.key))) {
        const row = await measure(target, reporters, use);
        rows.push({ ...row, idleMb: idleMb.get(target.service)! });
      }
    }
    for (const service of started.splice(0)) await service.stop();
    const stored = storedCounts(databaseFile);
    printBench(rows, { project: 'this project', baseline: 'grammY + SQLite sessions' });
    console.log(
      `stored: ${stored.inbound} inbound messages (${stored.pending} unprocessed), ${stored.sent} replies sent, ` +
        `${stored.plain} stored unencrypted`,
    );
  } finally {
    for (const service of started) await service.stop();
    await postgres?.drop();
    if (driver instanceof LoadDriver) driver.close();
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
  // Only the reporter's own chat: a case notice or an officer alert goes to another chat, and the
  // reporter's turn does not wait for it.
  const counting = {
    onApiCall: (call: { method: string; payload: Record<string, unknown> }) =>
      call.method === 'sendMessage' && Number(call.payload.chat_id) === chat && count++,
  };
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
  target: Target,
  reporters: number,
  use: (driver: LoadDriver) => void,
): Promise<Omit<BenchRow, 'idleMb'>> {
  const url = new URL('/webhooks/telegram', target.service.address);
  const warm = new LoadDriver(url, SECRET, reporters);
  use(warm);
  await warm.run(reporters, target.script, WARMUP_SECONDS, target.urgent);
  warm.close();
  await new Promise((r) => setTimeout(r, 1_000));
  const driver = new LoadDriver(url, SECRET, reporters);
  use(driver);
  const pid = target.service.child.pid!;
  const cpuBefore = cpuSecondsOf(pid);
  const threadsBefore = threadCpuSecondsOf(pid);
  const benchBefore = process.cpuUsage();
  const result = await driver.run(reporters, target.script, SECONDS, target.urgent);
  const cores = (cpuSecondsOf(pid) - cpuBefore) / result.seconds;
  const topThread = busiestThreadCores(threadsBefore, threadCpuSecondsOf(pid), result.seconds);
  const bench = process.cpuUsage(benchBefore);
  const benchCores = (bench.user + bench.system) / 1e6 / result.seconds;
  driver.close();
  return { name: target.name, reporters, result, peakMb: memoryOf(pid).peakMb, cores, topThread, benchCores };
}

/** A new database on the server of `url`, and how to drop it. */
async function freshPostgres(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!/^postgres(ql)?:\/\//.test(url))
    throw new Error(`--db takes a PostgreSQL server's URL (postgres://user@host:port/database), not ${url}`);
  const name = `hotline_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  return { url: target.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
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

await main();
