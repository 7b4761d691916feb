import { api, apiUrl } from '../../../app/api/client';
import type { Page, PageParams } from '../../../app/hooks/usePagedQuery';
import type {
  IssueBody,
  OrderDetail,
  OrderListItem,
  OrderListQuery,
  Photo,
  VerifyBody,
} from '../../../../../server/src/modules/rectification/orders.schema.ts';
import type { Board, BoardQuery, BoardRow } from '../../../../../server/src/modules/rectification/board.schema.ts';
import type { Report, ReportQuery } from '../../../../../server/src/modules/rectification/reports.schema.ts';

export type { Board, BoardRow, IssueBody, OrderDetail, OrderListItem, Photo, Report, ReportQuery };
export type { OrderStatus, ReportScope } from '../../../../../server/src/modules/rectification/vocabulary.ts';
export {
  defaultDeadlineHours,
  orderStatuses,
  reportScopes,
} from '../../../../../server/src/modules/rectification/vocabulary.ts';

export type OrderFilters = Omit<OrderListQuery, 'page' | 'pageSize'>;

// Orders (交办单).

export function fetchOrdersPage(query: OrderFilters & PageParams, signal: AbortSignal): Promise<Page<OrderListItem>> {
  return api.get<Page<OrderListItem>>('/rectification/orders', { query, signal });
}

/** An order in full (each read is audited). */
export function fetchOrder(orderId: number, signal?: AbortSignal): Promise<OrderDetail> {
  return api.get<OrderDetail>(`/rectification/orders/${orderId}`, { signal });
}

export function issueOrder(body: IssueBody): Promise<OrderDetail> {
  return api.post<OrderDetail>('/rectification/orders', body);
}

/** The unit's answer; photos are added to it afterwards. */
export function answerOrder(orderId: number, text: string): Promise<OrderDetail> {
  return api.post<OrderDetail>(`/rectification/orders/${orderId}/response`, { text });
}

export function uploadResponsePhoto(orderId: number, file: File): Promise<Photo> {
  const form = new FormData();
  form.append('file', file);
  return api.post<Photo>(`/rectification/orders/${orderId}/response/photos`, form);
}

export function verifyOrder(orderId: number, body: VerifyBody): Promise<OrderDetail> {
  return api.post<OrderDetail>(`/rectification/orders/${orderId}/verification`, body);
}

export const orderPhotoUrl = (orderId: number, photoId: number) =>
  apiUrl(`/rectification/orders/${orderId}/photos/${photoId}`);
export const orderPdfUrl = (orderId: number) => apiUrl(`/rectification/orders/${orderId}/order.pdf`);

// 每日出清.

export function fetchBoard(query: BoardQuery, signal?: AbortSignal): Promise<Board> {
  return api.get<Board>('/rectification/board', { query, signal });
}

export const boardXlsxUrl = (query: BoardQuery) => apiUrl('/rectification/board.xlsx', query);

/** Carries an open order from a day to the next, with the reason. */
export function carryOrder(orderId: number, reason: string, day?: string): Promise<void> {
  return api.post(`/rectification/orders/${orderId}/carry`, day ? { reason, day } : { reason });
}

// Reports.

export function fetchReport(query: ReportQuery, signal?: AbortSignal): Promise<Report> {
  return api.get<Report>('/rectification/reports', { query, signal });
}

export const reportUrl = (format: 'pdf' | 'docx', query: ReportQuery) =>
  apiUrl(`/rectification/reports.${format}`, query);
