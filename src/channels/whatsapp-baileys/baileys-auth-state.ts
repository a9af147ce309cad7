/**
 * Baileys' auth state (credentials + Signal keys) kept behind the BaileysAuthStore port — in the
 * service's database, encrypted, ids hashed — instead of useMultiFileAuthState's folder of
 * JSON files, so a restart or a new container keeps the pairing. Values are serialized with
 * Baileys' BufferJSON, which keeps Buffers and Uint8Arrays intact.
 */
import type {
  AuthenticationCreds,
  AuthenticationState,
  SignalDataSet,
  SignalDataTypeMap,
} from '@whiskeysockets/baileys';
import type { Clock } from '../../lib/clock.js';
import type { BaileysAuthStore } from './baileys-stores.js';

/** The few Baileys runtime values this needs, passed in so Baileys loads only when it is used. */
export interface BaileysAuthRuntime {
  initAuthCreds(): AuthenticationCreds;
  BufferJSON: { replacer(k: string, v: unknown): unknown; reviver(k: string, v: unknown): unknown };
  proto: { Message: { AppStateSyncKeyData: { fromObject(o: object): unknown } } };
}

export interface DatabaseAuthState {
  state: AuthenticationState;
  /** Called on Baileys' `creds.update`. */
  saveCreds(): Promise<void>;
}

export function useDatabaseAuthState(
  repo: BaileysAuthStore,
  session: string,
  runtime: BaileysAuthRuntime,
  clock: Clock,
): DatabaseAuthState {
  const { BufferJSON } = runtime;
  const serialize = (value: unknown) => JSON.stringify(value, BufferJSON.replacer);
  const parse = <T>(text: string) => JSON.parse(text, BufferJSON.reviver) as T;

  const stored = repo.readCreds(session);
  const creds = stored ? parse<AuthenticationCreds>(stored) : runtime.initAuthCreds();

  return {
    state: {
      creds,
      keys: {
        get: async <T extends keyof SignalDataTypeMap>(type: T, ids: string[]) => {
          const found = repo.read(session, type, ids);
          const out: { [id: string]: SignalDataTypeMap[T] } = {};
          for (const [id, text] of found) {
            let value: unknown = parse(text);
            // Baileys expects this one as its protobuf class, not a plain object.
            if (type === 'app-state-sync-key' && value)
              value = runtime.proto.Message.AppStateSyncKeyData.fromObject(value as object);
            out[id] = value as SignalDataTypeMap[T];
          }
          return out;
        },
        set: async (data: SignalDataSet) => {
          const items: { category: string; id: string; value: string | null }[] = [];
          for (const [category, values] of Object.entries(data)) {
            for (const [id, value] of Object.entries(values ?? {}))
              items.push({ category, id, value: value ? serialize(value) : null });
          }
          repo.write(session, items, clock.now());
        },
        clear: async () => {
          repo.clear(session);
        },
      },
    },
    saveCreds: async () => {
      repo.writeCreds(session, serialize(creds), clock.now());
    },
  };
}
