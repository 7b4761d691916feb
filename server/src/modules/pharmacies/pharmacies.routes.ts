import { Type } from '@sinclair/typebox';
import { actorOf } from '../../core/auth/plugin.ts';
import { auditContextOf } from '../../core/http/request-context.ts';
import type { ModuleRoutes } from '../../core/http/types.ts';
import { withUploadedLedger } from '../../core/http/upload.ts';
import { salesOfFile } from './pharmacies.file.ts';
import {
  PharmacyParams,
  PharmacyPlace,
  Sale,
  SaleBatch,
  SaleBatchReply,
  SaleParams,
  SalePage,
  SaleQuery,
} from './pharmacies.schema.ts';
import * as pharmacies from './pharmacies.service.ts';

const tags = ['pharmacies'];
// Readers hold keyplace.read (the jurisdiction's pharmacies) or pharmacy.record (their own): the queries
// decide which pharmacies each sees.
const anyone = { access: 'authenticated' } as const;
const record = { access: 'pharmacy.record' } as const;

/** 药店: the register of fever, cough, antibiotic and antiviral drug sales, each buyer followed up in 24 h. */
export const pharmacyRoutes: ModuleRoutes = (app, { db, config }) => {
  app.get(
    '/pharmacies',
    { config: anyone, schema: { tags, response: { 200: Type.Array(PharmacyPlace) } } },
    async (request) => pharmacies.pharmacies(db, actorOf(request)),
  );

  app.post(
    '/pharmacies/sales',
    {
      config: record,
      schema: {
        tags,
        description:
          'Sales at one pharmacy (up to 500), stored all or none: a bad row refuses the batch, every bad row ' +
          "named (rows[n].field). Each buyer becomes a key person of the pharmacy's day list, due 24 h after the sale.",
        body: SaleBatch,
        response: { 200: SaleBatchReply },
      },
    },
    async (request) =>
      pharmacies.recordSales(db, actorOf(request), auditContextOf(request), config.timeZone, request.body),
  );

  app.post(
    '/pharmacies/:pharmacyId/sales/import',
    {
      config: record,
      schema: {
        tags,
        description:
          'A sales register (.xlsx or .csv, UTF-8 or GBK): columns 购药人姓名, 身份证号, 药品名称, 药品类别 ' +
          '(退烧/止咳/抗生素/抗病毒), 数量 and 购药时间, optionally 联系电话. Stored all or none; sending it again adds nothing.',
        params: PharmacyParams,
        consumes: ['multipart/form-data'],
        response: { 200: SaleBatchReply },
      },
    },
    async (request) =>
      withUploadedLedger(request, config, async (file) =>
        pharmacies.storeSales(
          db,
          actorOf(request),
          auditContextOf(request),
          config.timeZone,
          request.params.pharmacyId,
          await salesOfFile(file),
          'import',
        ),
      ),
  );

  app.get(
    '/pharmacies/sales',
    { config: anyone, schema: { tags, querystring: SaleQuery, response: { 200: SalePage } } },
    async (request) => pharmacies.sales(db, actorOf(request), config.timeZone, request.query),
  );

  app.get(
    '/pharmacies/sales/:saleId',
    {
      config: anyone,
      schema: {
        tags,
        description: 'One sale; identifiers in full for registry.read_full. Every view is audited.',
        params: SaleParams,
        response: { 200: Sale },
      },
    },
    async (request) =>
      pharmacies.saleInFull(db, actorOf(request), auditContextOf(request), config.timeZone, request.params.saleId),
  );
};
