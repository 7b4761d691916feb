/* Plain data, so the web app imports it too. */

/** The drugs whose buyers are followed up: they may be hiding a fever or a cough. */
export const drugCategories = [
  'fever', // 退烧药
  'cough', // 止咳药
  'antibiotic', // 抗生素
  'antiviral', // 抗病毒药
] as const;
export type DrugCategory = (typeof drugCategories)[number];

/** How registers write the categories (the first is the label). */
export const categoryWords: Record<DrugCategory, string[]> = {
  fever: ['退烧药', '退烧', '退热', '退热药', '解热镇痛'],
  cough: ['止咳药', '止咳', '镇咳', '止咳化痰'],
  antibiotic: ['抗生素', '抗菌药', '消炎药'],
  antiviral: ['抗病毒药', '抗病毒'],
};

/** The fields of a sale, as the form and the rejections name them. */
export const saleFields = ['buyerName', 'idNumber', 'phone', 'drugName', 'category', 'quantity', 'soldAt'] as const;
export type SaleField = (typeof saleFields)[number];

/** Why a row of a sales batch is refused (the whole batch then stores nothing). */
export const saleRejections = [
  'required',
  'id_format',
  'id_birth_date',
  'id_checksum',
  /** A phone, category, quantity or time that cannot be read. */
  'invalid',
  'too_long',
  /** The sale lies ahead of now. */
  'in_future',
] as const;
export type SaleRejection = (typeof saleRejections)[number];

export const saleLimits = { buyerName: 50, drugName: 100 } as const;

/** Hours after the sale by which the buyer's grid worker must have followed up. */
export const FOLLOW_UP_HOURS = 24;
