import { actorOf } from '../../../core/auth/plugin.ts';
import { auditContextOf } from '../../../core/http/request-context.ts';
import type { App, ModuleDeps } from '../../../core/http/types.ts';
import { AcknowledgeBody, Alert, AlertPage, AlertParams, AlertQuery, TransferBody } from './alerts.schema.ts';
import * as alerts from './alerts.service.ts';

const tags = ['quarantine'];

/** Alerts (fever, positive result, missed check): acknowledged by the staff who check, or sent to hospital. */
export function alertRoutes(app: App, { db }: ModuleDeps) {
  app.get(
    '/quarantine-alerts',
    { config: { access: 'quarantine.read' }, schema: { tags, querystring: AlertQuery, response: { 200: AlertPage } } },
    async (request) => alerts.listAlerts(db, actorOf(request), request.query),
  );

  app.post(
    '/quarantine-alerts/:alertId/acknowledge',
    {
      config: { access: 'healthcheck.record' },
      schema: { tags, params: AlertParams, body: AcknowledgeBody, response: { 200: Alert } },
    },
    async (request) =>
      alerts.acknowledgeAlert(db, actorOf(request), auditContextOf(request), request.params.alertId, request.body),
  );

  app.post(
    '/quarantine-alerts/:alertId/transfer',
    {
      // Ending a quarantine is a decision of those who manage quarantine, not of every recorder.
      config: { access: 'quarantine.manage' },
      schema: {
        tags,
        description: 'Sends the person to a hospital: the quarantine ends as to_hospital, for the hospital to admit.',
        params: AlertParams,
        body: TransferBody,
        response: { 200: Alert },
      },
    },
    async (request) =>
      alerts.transferToHospital(db, actorOf(request), auditContextOf(request), request.params.alertId, request.body),
  );
}
