/* Plain data, so the web app imports it too. */

/** How a school runs: open, 封闭管理 (closed management: nobody in or out but by the rules), or teaching online. */
export const schoolStatuses = ['open', 'closed_management', 'online'] as const;
export type SchoolStatus = (typeof schoolStatuses)[number];

export const schoolStatusLabels: Record<SchoolStatus, string> = {
  open: '正常开放',
  closed_management: '封闭管理',
  online: '线上教学',
};
