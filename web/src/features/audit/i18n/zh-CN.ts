export const auditZhCN = {
  title: '审计日志',
  time: '时间',
  user: '用户',
  username: '用户名',
  ip: 'IP',
  action: '操作',
  entity: '对象类型',
  entityId: '对象编号',
  reason: '原因',
  summary: '摘要',
  system: '系统',
};
