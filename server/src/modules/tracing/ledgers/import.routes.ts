import { actorOf } from '../../../core/auth/plugin.ts';
import { auditContextOf } from '../../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../../core/http/types.ts';
import { withUploadedLedger } from '../../../core/http/upload.ts';
import { requestChainRecompute } from '../chains/chains.jobs.ts';
import { LedgerImportQuery, LedgerImportResult } from './import.schema.ts';
import { importCaseLedger, importContactLedger } from './import.service.ts';

const ledgers = [
  {
    url: '/tracing/cases/import',
    importLedger: importCaseLedger,
    description:
      'A case ledger (.xlsx/.csv): 姓名, 身份证号, 病例分类, 发现途径, optionally 联系电话, 发病日期, 采样时间, 发现时间, 报告时间, 隔离管控时间, 就诊时间.',
  },
  {
    url: '/tracing/contacts/import',
    importLedger: importContactLedger,
    description:
      'A contact ledger (.xlsx/.csv): 姓名, 身份证号, 接触类别, 关联病例编号, optionally 联系电话, 末次接触时间.',
  },
];

/** Existing case and contact ledgers (台账) brought into the platform; chains are recomputed after. */
export const tracingLedgerImportRoutes: ModuleRoutes = (app, { db, config, jobs }) => {
  for (const { url, importLedger, description } of ledgers) {
    app.post(
      url,
      {
        config: { access: 'tracing.manage' },
        schema: {
          tags: ['tracing'],
          description,
          consumes: ['multipart/form-data'],
          querystring: LedgerImportQuery,
          response: { 200: LedgerImportResult },
        },
      },
      async (request) =>
        withUploadedLedger(request, config, async (file) => {
          const options = { regionId: request.query.regionId, timeZone: config.timeZone };
          const result = await importLedger(db, actorOf(request), auditContextOf(request), file, options);
          await requestChainRecompute(jobs);
          return result;
        }),
    );
  }
};
