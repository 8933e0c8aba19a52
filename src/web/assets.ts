/** The stylesheet and the small script, served locally (no CDN); embedded so the build needs no copy step. */
import type { FastifyInstance } from 'fastify';
import { appCss, appCssExtra, appCssLayout } from './assets/app-css.js';
import { appJs } from './assets/app-js.js';

export function registerAssets(app: FastifyInstance): void {
  app.get('/assets/app.css', async (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(appCss + appCssExtra + appCssLayout));
  app.get('/assets/app.js', async (_req, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(appJs));
}
