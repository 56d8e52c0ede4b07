/**
 * Google's `*_EMULATOR_HOST` convention (PUBSUB_EMULATOR_HOST, FIRESTORE_EMULATOR_HOST, …: a `host:port` that
 * sends a client to a local emulator over plain HTTP, with no credentials; see
 * https://cloud.google.com/pubsub/docs/emulator and https://firebase.google.com/docs/emulator-suite/connect_firestore).
 * Google ships no Sheets or Drive emulator; `SHEETS_EMULATOR_HOST` points both clients at ours
 * (functions/testing/fake-google.ts), which serves the Sheets v4 and Drive v3 paths on one port.
 */
import { auth } from 'googleapis/build/src/apis/sheets';

export const EMULATOR_HOST_VARIABLE = 'SHEETS_EMULATOR_HOST';

/**
 * The bearer token sent to an emulator. Emulators take no real credentials; the fake server still wants a
 * token (it models Google's 401), so the local server is started with this one.
 */
export const EMULATOR_ACCESS_TOKEN = 'emulator-no-credentials';

export interface EmulatorTarget {
  rootUrl: string;
  auth: InstanceType<typeof auth.OAuth2>;
}

/**
 * Where the APIs are when an emulator is configured, or undefined on Google. Only a loopback host is accepted:
 * the variable must never send a deployed function's requests (and the data in them) to another machine.
 */
export function emulatorTarget(env: NodeJS.ProcessEnv): EmulatorTarget | undefined {
  const hostPort = env[EMULATOR_HOST_VARIABLE]?.trim();
  if (!hostPort) return undefined;
  const url = new URL(`http://${hostPort}/`);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    throw new Error(`${EMULATOR_HOST_VARIABLE} ต้องเป็นเครื่องนี้ (127.0.0.1:PORT หรือ localhost:PORT) ได้รับ "${hostPort}"`);
  }
  const client = new auth.OAuth2();
  client.setCredentials({ access_token: EMULATOR_ACCESS_TOKEN });
  return { rootUrl: url.href, auth: client };
}
