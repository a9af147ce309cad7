/**
 * `hotline whatsapp link [--pairing-code <phone>]`: links a WhatsApp number to the hotline as a
 * linked device (Baileys). Shows a QR code to scan in WhatsApp → Linked devices, or prints an
 * 8-character pairing code for "Link with phone number instead". The auth state is stored in the
 * database, encrypted, so the service (BAILEYS_ENABLED=true) starts without pairing again.
 */
import type { Hotline } from '../conversations/hotline-runtime.js';
import type { ConnectionState } from '../channels/whatsapp-baileys/baileys-connection.js';
import type { BaileysChannelOptions } from '../channels/whatsapp-baileys/baileys-channel.js';
import { AppError } from '../lib/app-error.js';

const USAGE = `Usage: hotline whatsapp link                          show a QR code to scan in WhatsApp → Linked devices
       hotline whatsapp link --pairing-code <phone>   print a code for "Link with phone number instead"
                                                       (phone in international form, e.g. 628111000111)
`;

/** Give up when the phone has not completed the pairing in this long. */
const LINK_TIMEOUT_MS = 5 * 60_000;

export interface WhatsAppCommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Draws a QR code for the terminal (qrcode-terminal by default). */
  renderQr?: (qr: string) => Promise<string>;
}

export interface WhatsAppCommandDeps {
  hotline: Hotline;
  io: WhatsAppCommandIo;
  /** Test doubles for the socket (see BaileysChannelOptions). */
  channel?: BaileysChannelOptions;
  timeoutMs?: number;
}

export async function whatsappCommand(args: string[], deps: WhatsAppCommandDeps): Promise<number> {
  const [sub, flag, phoneArg] = args;
  const { io, hotline } = deps;
  if (sub !== 'link' || (flag !== undefined && flag !== '--pairing-code')) {
    io.err(USAGE);
    return 2;
  }
  const phone = flag ? phoneArg?.replace(/[^\d]/g, '') : undefined;
  if (flag && (!phone || phone.length < 8)) {
    io.err('--pairing-code needs the phone number in international form, e.g. 628111000111\n');
    return 2;
  }
  const { BaileysChannel } = await import('../channels/whatsapp-baileys/baileys-channel.js');
  const renderQr = io.renderQr ?? terminalQr;
  let pairingRequested = false;
  let settle: (state: ConnectionState) => void = () => undefined;
  const outcome = new Promise<ConnectionState>((resolve) => {
    settle = resolve;
  });
  const channel = await BaileysChannel.create(hotline, hotline.linkedDeviceStores(), hotline.logger, {
    ...deps.channel,
    onQr: (qr) => {
      if (phone) {
        // The socket is ready for a pairing request once WhatsApp offers the first QR.
        if (pairingRequested) return;
        pairingRequested = true;
        void channel.connection
          .latestSocket()
          ?.requestPairingCode(phone)
          .then(
            (code) =>
              io.out(
                `Pairing code: ${code}\nOn the phone: WhatsApp → Linked devices → Link a device → Link with phone number instead.\n`,
              ),
            () => settle('closed'),
          );
        return;
      }
      void renderQr(qr).then((art) =>
        io.out(`Scan this with WhatsApp → Linked devices → Link a device:\n${art}\n`),
      );
    },
    onState: (state) => {
      if (state === 'open' || state === 'logged_out') settle(state);
    },
  });
  try {
    channel.start();
  } catch (error) {
    if (error instanceof AppError && error.code === 'whatsapp_already_running') {
      io.err(
        'This number is already connected by a running service. Stop it (or unset BAILEYS_ENABLED) first.\n',
      );
      return 1;
    }
    throw error;
  }
  const timeout = setTimeout(() => settle('closed'), deps.timeoutMs ?? LINK_TIMEOUT_MS);
  const state = await outcome;
  clearTimeout(timeout);
  await channel.stop();
  if (state === 'open') {
    io.out('Linked. Start the service with BAILEYS_ENABLED=true; it will reuse this link.\n');
    return 0;
  }
  io.err(
    state === 'logged_out'
      ? 'WhatsApp refused or removed the link. Try again.\n'
      : 'The number was not linked in time. Try again.\n',
  );
  return 1;
}

async function terminalQr(qr: string): Promise<string> {
  const { default: qrcode } = await import('qrcode-terminal');
  return new Promise((resolve) => qrcode.generate(qr, { small: true }, resolve));
}
