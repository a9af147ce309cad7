/**
 * A reported case and the workspace in front of it: the real app (buildApp) over the handoff
 * scene's hotline, driven with inject() and the cookies a browser would keep.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { DirectoryControl } from '../../src/workspace/rota-desk.js';
import type { WorkspaceRates } from '../../src/workspace/workspace-plugin.js';
import { HandoffScene, OFFICERS, type OfficerName } from '../handoff/handoff-harness.js';
import { Conversation } from '../support/conversation-harness.js';
import { type TestHotline, testTranslator } from '../support/test-hotline.js';
import { typedReport } from '../support/typed-report.js';

/** A non-urgent story from Kota Palu (medium risk): UPTD PPA Kota Palu's case, noticed to palu-a. */
export const PALU_REPORT = typedReport('kota palu');

export class WorkspaceScene {
  private constructor(
    readonly scene: HandoffScene,
    readonly app: FastifyInstance,
  ) {}

  static async open(
    rates: WorkspaceRates = { signInPerIp: 100, pagesPerIp: 1000 },
    options: {
      hotline?: TestHotline;
      directory?: DirectoryControl;
      regionName?: (code: string) => string | undefined;
    } = {},
  ): Promise<WorkspaceScene> {
    const scene = options.hotline
      ? new HandoffScene(Conversation.open({ hotline: options.hotline }))
      : HandoffScene.open();
    const app = await buildApp({
      hotline: scene.hotline,
      logger: scene.hotline.logger,
      workspace: {
        desk: scene.hotline,
        translator: testTranslator(),
        admins: ['sulteng-s'],
        rates,
        ...(options.directory ? { directory: options.directory } : {}),
        ...(options.regionName ? { regionName: options.regionName } : {}),
      },
    });
    return new WorkspaceScene(scene, app);
  }

  async report(): Promise<string> {
    for (const turn of PALU_REPORT) await this.scene.reporterSays(turn);
    // From what the reporter read (either backend): a reference has letters, a phone number not.
    const read = this.scene.reporter.sender.texts().join('\n');
    const reference = /\b(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{3}-[A-Z0-9]{3}\b/.exec(read)?.[0];
    if (!reference) throw new Error('the report got no case reference');
    return reference;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.scene.reporter.close();
  }

  /** A browser of its own: cookies kept between requests, from one address. */
  browser(remoteAddress = '127.0.0.1'): Browser {
    return new Browser(this, remoteAddress);
  }

  /** The newest sign-in code the bot sent to an officer's Telegram chat. */
  codeSentTo(name: OfficerName): string | undefined {
    const texts = this.scene.officers.sent
      .filter((s) => s.address === OFFICERS[name])
      .map((s) => s.message.text);
    const match = /kode masuk Meja Petugas Anda (\d{6})/.exec(
      texts.filter((t) => t.includes('kode masuk')).at(-1) ?? '',
    );
    return match?.[1];
  }
}

export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly ws: WorkspaceScene,
    private readonly remoteAddress: string,
  ) {}

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.keep(
      await this.ws.app.inject({
        method: 'GET',
        url,
        headers: { ...this.header(), ...headers },
        remoteAddress: this.remoteAddress,
      }),
    );
  }

  /** A form post; a list is sent as a browser sends ticked checkboxes, the name once per value. */
  async post(url: string, form: Record<string, string | string[]>): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(form))
      for (const one of Array.isArray(value) ? value : [value]) body.append(name, one);
    const response = await this.ws.app.inject({
      method: 'POST',
      url,
      headers: { ...this.header(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: body.toString(),
      remoteAddress: this.remoteAddress,
    });
    await this.ws.scene.hotline.whenIdle();
    return this.keep(response);
  }

  /** The CSRF token of the last page's forms. */
  static csrf(page: LightMyRequestResponse): string {
    return /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  }

  /** Signs in as an officer with the code the bot sent; the queue page. */
  async signIn(name: OfficerName): Promise<LightMyRequestResponse> {
    const form = await this.get('/petugas/masuk');
    const codePage = await this.post('/petugas/masuk', { _csrf: Browser.csrf(form), officer: name });
    const code = this.ws.codeSentTo(name);
    if (!code) throw new Error(`no sign-in code reached ${name}`);
    const signedIn = await this.post('/petugas/masuk/kode', {
      _csrf: Browser.csrf(codePage),
      officer: name,
      code,
    });
    if (signedIn.statusCode !== 303) throw new Error(`sign-in answered ${signedIn.statusCode}`);
    return this.get('/petugas/kasus');
  }

  private header(): Record<string, string> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return cookie ? { cookie } : {};
  }

  private keep(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of response.cookies as { name: string; value: string; expires?: Date }[]) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }
}
