/**
 * `GET /v1/designations/{state}`: the authorities a state designated, as this log recorded them
 * (docs/model.md, Designated authorities), with the entries that say so. Every authenticated
 * actor may read them: they are what requests and disclosures must be addressed to.
 * @module
 */
import { type RequestHandler, Router } from 'express';
import { z } from 'zod';
import { Country } from '../core/ledger/fields.ts';
import type { DesignationsState } from '../core/ledger/state.ts';
import type { LedgerQueries } from '../ledger/ledger-queries.ts';
import { notFound } from './http-errors.ts';
import { parseInput } from './validate.ts';

export const StateParam = z.object({ state: Country });

export function designationRoutes(deps: { queries: LedgerQueries; authenticate: RequestHandler }): Router {
  const router = Router();
  router.get('/v1/designations/:state', deps.authenticate, async (req, res) => {
    const { state } = parseInput(StateParam, req.params, 'path');
    const found = (await deps.queries.subject('designations', state)) as DesignationsState | undefined;
    if (!found) throw notFound(`no designation of ${state} is recorded in this log`);
    res.json({
      state,
      authorities: found.authorities.map((d) => ({
        authority: d.authority,
        roles: d.roles,
        instrument: d.instrument,
        reference: d.reference,
        validFrom: new Date(d.validFromMs).toISOString(),
        ...(d.validUntilMs !== undefined ? { validUntil: new Date(d.validUntilMs).toISOString() } : {}),
        entry: d.index,
      })),
      head: found.head,
    });
  });
  return router;
}
