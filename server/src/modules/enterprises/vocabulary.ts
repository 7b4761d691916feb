/* Plain data, so the web app imports it too. */

/** 闭环管理: none, 人不出厂 (workers live in the plant), 定点接驳 (shuttle between fixed points), or both. */
export const closedLoopStatuses = ['none', 'closed_in_plant', 'point_to_point', 'both'] as const;
export type ClosedLoopStatus = (typeof closedLoopStatuses)[number];

/** Where an enterprise's resumption (复工复产) stands: never asked, waiting, or decided. */
export const resumptionStatuses = ['none', 'requested', 'approved', 'rejected'] as const;
export type ResumptionStatus = (typeof resumptionStatuses)[number];

/** The words enterprise ledgers use for each closed-loop status, as written in exports and imports. */
export const closedLoopLabels: Record<ClosedLoopStatus, string> = {
  none: '未闭环',
  closed_in_plant: '人不出厂',
  point_to_point: '定点接驳',
  both: '人不出厂+定点接驳',
};

export const resumptionLabels: Record<ResumptionStatus, string> = {
  none: '未申请',
  requested: '待审批',
  approved: '已批准',
  rejected: '未批准',
};

/**
 * 到岗率: workers on duty today over the headcount, as a share (0.874), or null without a headcount.
 * Rounded to four places so a percentage shows one decimal.
 */
export function attendanceRate(onDuty: number, headcount: number): number | null {
  return headcount > 0 ? Math.round((onDuty / headcount) * 10_000) / 10_000 : null;
}
