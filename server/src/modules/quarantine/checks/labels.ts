import type { CheckRejection } from './vocabulary.ts';

/** [zh-CN, en] words of why a check was refused, for HEALTH_CHECK_INVALID's {reasonZh}/{reasonEn}. */
export const rejectionWords: Record<CheckRejection, readonly [string, string]> = {
  not_found: ['未找到该隔离记录', 'No such quarantine'],
  quarantine_ended: ['该人员隔离已结束', 'The quarantine has ended'],
  in_future: ['监测时间晚于当前时间', 'The check time is in the future'],
  before_start: ['监测时间早于隔离开始时间', 'The check time is before the quarantine started'],
  temperature_out_of_range: ['体温须在 34–43 ℃ 之间', 'The temperature must be within 34–43 °C'],
  slot_recorded: ['本时段已登记过体温', 'This part of the day is already recorded'],
};
