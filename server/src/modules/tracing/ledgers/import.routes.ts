import { actorOf } from '../../../core/auth/plugin.ts';
import { auditContextOf } from '../../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../../core/http/types.ts';
import { withUploadedLedger } from '../../../core/http/upload.ts';
import { requestChainRecompute } from '../chains/chains.jobs.ts';
import { LedgerImportQuery, LedgerImportResult } from './import.schema.ts';
import { importCaseLedger, importContactLedger } from './import.service.ts';

const tags = ['tracing'];
/** Existing case and contact ledgers (台账) brought into the platform. */
export const tracingLedgerImportRoutes: ModuleRoutes = (app, { db, config, jobs }) => {
  const changed = <T>(value: T) => requestChainRecompute(jobs).then(() => value);

  app.post(
    '/tracing/cases/import',
    {
      config: { access: 'tracing.manage' },
      schema: {
        tags,
        description:
          'A case ledger (.xlsx/.csv): 姓名, 身份证号, 病例分类, 发现途径, optionally 联系电话, 发病日期, 采样时间, 发现时间, 报告时间, 隔离管控时间, 就诊时间.',
        consumes: ['multipart/form-data'],
        querystring: LedgerImportQuery,
        response: { 200: LedgerImportResult },
      },
    },
    async (request) =>
      withUploadedLedger(request, config, async (file) =>
        changed(
          await importCaseLedger(db, actorOf(request), auditContextOf(request), file, {
            regionId: request.query.regionId,
            timeZone: config.timeZone,
          }),
        ),
      ),
  );

  app.post(
    '/tracing/contacts/import',
    {
      config: { access: 'tracing.manage' },
      schema: {
        tags,
        description:
          'A contact ledger (.xlsx/.csv): 姓名, 身份证号, 接触类别, 关联病例编号, optionally 联系电话, 末次接触时间.',
        consumes: ['multipart/form-data'],
        querystring: LedgerImportQuery,
        response: { 200: LedgerImportResult },
      },
    },
    async (request) =>
      withUploadedLedger(request, config, async (file) =>
        changed(
          await importContactLedger(db, actorOf(request), auditContextOf(request), file, {
            regionId: request.query.regionId,
            timeZone: config.timeZone,
          }),
        ),
      ),
  );
};
