import { auth } from 'googleapis/build/src/apis/sheets';
import { GoogleApi, type GoogleApiOptions } from '../google-api';
import { startFakeGoogle, type FakeGoogle, type FakeGoogleOptions } from './fake-google';
import { VirtualClock } from './virtual-clock';

export interface FakeSetup {
  fake: FakeGoogle;
  api: GoogleApi;
  clock: VirtualClock;
}

/** An OAuth2 client holding a fixed token: the real auth path, without any token exchange over the network. */
export function fixedTokenAuth(token: string) {
  const client = new auth.OAuth2();
  client.setCredentials({ access_token: token });
  return client;
}

/** The fake server and a GoogleApi pointed at it, sharing one virtual clock. */
export async function startFakeSetup(fakeOptions: FakeGoogleOptions = {}, apiOptions: Partial<GoogleApiOptions> = {}): Promise<FakeSetup> {
  const clock = new VirtualClock();
  const fake = await startFakeGoogle({ clock, ...fakeOptions });
  const api = new GoogleApi({ auth: fixedTokenAuth(fake.accessToken), rootUrl: fake.url, clock, ...apiOptions });
  return { fake, api, clock };
}
