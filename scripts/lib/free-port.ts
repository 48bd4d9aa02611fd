/** A TCP port on 127.0.0.1 that nothing listens on right now, for the local servers of `edit`, `audit` and the tests (get-port). */
import getPort from 'get-port';

export const freePort = (): Promise<number> => getPort({ host: '127.0.0.1' });
