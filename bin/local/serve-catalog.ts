/**
 * The end of `npm start`: the catalog site's URL, served from the local bucket until Ctrl-C when
 * run in a terminal. A non-interactive run (CI, a pipe) prints how to browse it and returns.
 */
import type { LocalServices } from './services.js';
import { startSiteServer } from './site-server.js';

/** The port tried first, so the URL stays the same between runs when it is free. */
export const PREFERRED_SITE_PORT = 8737;

/** Prints the catalog URL and, when `serve`, serves it until the process is interrupted (never resolves then). */
export async function serveCatalogUntilInterrupted(services: LocalServices, serve: boolean, line: (text?: string) => void): Promise<void> {
  if (!serve) {
    line('catalog site: written to the local bucket (index.html, datasets/<dataset>/index.html); run `npm start` in a terminal to browse it, or `npx customs-publisher datasets --local`.');
    return;
  }
  const site = await startSiteServer({ s3: services.clients.s3, port: PREFERRED_SITE_PORT });
  line();
  line(`catalog: ${site.url}/index.html`);
  line('serving the local catalog site; press Ctrl-C to stop.');
  // Ctrl-C is handled by npm start's signal handler, which stops the services and exits.
  await new Promise<never>(() => undefined);
}
