/**
 * GET /v1/items/{id}/report.pdf: the court report rendered by the service, for clients that
 * cannot render it themselves (the browser console has no fonts to embed). It is exactly what
 * `custos export` writes: the item's bundle, verified here against the log's own key, laid out as
 * a PDF/A-3b that carries the bundle as `bundle.json`. Whoever receives it verifies the attached
 * bundle against a key they pinned (the console does so before offering the download): the
 * service's own verification is a courtesy, not a proof. `?lang=az` or `?lang=az,en` chooses the
 * language(s), as `custos export --lang` does (docs/i18n.md).
 *
 * GET /v1/items/{id}/case.jsonld: the item's provenance as CASE/UCO 1.4 JSON-LD, made from the
 * same bundle, verified the same way (docs/case-uco.md).
 * @module
 */
import { createHash } from 'node:crypto';
import { type RequestHandler, Router } from 'express';
import { exportCase } from '../core/case-uco/export-case.ts';
import { parseLanguages } from '../core/i18n/languages.ts';
import { canReadItem } from '../core/ledger/access.ts';
import type { Bundle } from '../core/ledger/bundle.ts';
import { verifyBundleWithTime } from '../core/verify/verify-bundle.ts';
import { verifySignatureFastAsync } from '../crypto/node-ed25519.ts';
import type { BundleBuilder } from '../ledger/bundle-builder.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import type { FontSource } from '../report/pdf-fonts.ts';
import { reportOptions } from '../report/report-options.ts';
import { renderReportPdf } from '../report/report-pdf.ts';
import { actorOf, notPermitted } from './authenticate.ts';
import { mayReadItem } from './item-routes.ts';
import { BundleQuery, IdParam, ReportQuery } from './request-params.ts';
import { parseInput } from './validate.ts';

export interface ReportRoutesDeps {
  readonly queries: LedgerQueries;
  readonly bundles: BundleBuilder;
  readonly authenticate: RequestHandler;
  /** The log's verifier key (`name+id+key`). */
  readonly logKey: string;
  readonly fonts: FontSource;
  readonly now: () => number;
}

export function reportRoutes(deps: ReportRoutesDeps): Router {
  const router = Router();
  router.get('/v1/items/:id/report.pdf', deps.authenticate, async (req, res) => {
    const { id } = parseInput(IdParam, req.params, 'path');
    // A wrong language is refused (400) before any work, with the query's other faults.
    const { lang } = parseInput(ReportQuery, req.query, 'query');
    const options = reportOptions({ languages: parseLanguages(lang ?? 'en') });
    const actor = actorOf(res);
    const view = await deps.queries.view([{ kind: 'item', id }]);
    const item = view.item(id);
    if (!item || !canReadItem(actor, item, view)) throw notPermitted();
    const bundle: Bundle = await deps.bundles.build({
      item: id,
      derivatives: false,
      exportedBy: actor.id,
    });
    // The bytes a client would receive from GET …/bundle: what the PDF attaches and declares.
    const bundleBytes = new TextEncoder().encode(JSON.stringify(bundle));
    const result = await verifyBundleWithTime(bundle, { logKey: deps.logKey }, verifySignatureFastAsync);
    // A log whose own bundle fails its own verifier is broken: never hand a court such a report.
    if (result.verdict !== 'verified')
      throw new Error(`the bundle of ${id} does not verify against the log's own key`);
    const meta = {
      bundleSha256: createHash('sha256').update(bundleBytes).digest('hex'),
      generatedAt: new Date(deps.now()).toISOString(),
    };
    const pdf = await renderReportPdf(bundle, bundleBytes, result, meta, deps.fonts, options);
    res
      .set('Cache-Control', 'no-store')
      .set('Content-Type', 'application/pdf')
      .set('Content-Disposition', `attachment; filename="${id}.report.pdf"`)
      .send(Buffer.from(pdf));
  });
  // The item's provenance as CASE/UCO 1.4 JSON-LD (docs/case-uco.md), from the same verified bundle.
  router.get('/v1/items/:id/case.jsonld', deps.authenticate, async (req, res) => {
    const { id } = parseInput(IdParam, req.params, 'path');
    const q = parseInput(BundleQuery, req.query, 'query');
    const actor = actorOf(res);
    const view = await deps.queries.view([{ kind: 'item', id }]);
    const item = view.item(id);
    if (!item || !canReadItem(actor, item, view)) throw notPermitted();
    const bundle = await deps.bundles.build({
      item: id,
      derivatives: q.derivatives === 'true',
      exportedBy: actor.id,
      mayRead: (other) => mayReadItem(deps.queries, actor, other),
    });
    const result = await verifyBundleWithTime(bundle, { logKey: deps.logKey }, verifySignatureFastAsync);
    if (result.verdict !== 'verified')
      throw new Error(`the bundle of ${id} does not verify against the log's own key`);
    res
      .set('Cache-Control', 'no-store')
      .set('Content-Type', 'application/ld+json')
      .set('Content-Disposition', `attachment; filename="${id}.case.jsonld"`)
      .send(JSON.stringify(exportCase(bundle)));
  });
  return router;
}
