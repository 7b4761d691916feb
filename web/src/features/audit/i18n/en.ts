import type { auditZhCN } from './zh-CN';

export const auditEn: typeof auditZhCN = {
  title: 'Audit log',
  time: 'Time',
  user: 'User',
  username: 'Username',
  ip: 'IP',
  action: 'Action',
  entity: 'Entity',
  entityId: 'Entity ID',
  reason: 'Reason',
  summary: 'Summary',
  system: 'System',
};
