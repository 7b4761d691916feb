import { accountsZhCN } from '../../features/accounts/i18n/zh-CN';
import { auditZhCN } from '../../features/audit/i18n/zh-CN';
import { regionsZhCN } from '../../features/regions/i18n/zh-CN';
import { registryZhCN } from '../../features/registry/i18n/zh-CN';
import { screeningZhCN } from '../../features/screening/i18n/zh-CN';
import { samplingZhCN } from '../../features/testing/sampling/i18n/zh-CN';
import { testingZhCN } from '../../features/testing/i18n/zh-CN';
import { tracingClustersZhCN } from '../../features/tracing/clusters/i18n/zh-CN';
import { tracingEvidenceZhCN } from '../../features/tracing/evidence/i18n/zh-CN';
import { tracingZhCN } from '../../features/tracing/i18n/zh-CN';

import { riskAreasZhCN } from '../../features/control/areas/i18n/zh-CN';
import { passesZhCN } from '../../features/control/passes/i18n/zh-CN';
import { healthStatusZhCN } from '../../features/control/status/i18n/zh-CN';
import { protocolsZhCN } from '../../features/control/protocols/i18n/zh-CN';
import { quarantineZhCN } from '../../features/quarantine/sites/i18n/zh-CN';
import { healthChecksZhCN } from '../../features/quarantine/checks/i18n/zh-CN';
import { treatmentZhCN } from '../../features/treatment/i18n/zh-CN';
import { supervisionZhCN } from '../../features/supervision/i18n/zh-CN';
import { rectificationZhCN } from '../../features/supervision/orders/i18n/zh-CN';
import { keyPlacesZhCN } from '../../features/keyplaces/i18n/zh-CN';
import { enterprisesZhCN } from '../../features/keyplaces/enterprises/i18n/zh-CN';
import { schoolsZhCN } from '../../features/keyplaces/schools/i18n/zh-CN';
import { checkpointsZhCN } from '../../features/keyplaces/checkpoints/i18n/zh-CN';
import { pharmaciesZhCN } from '../../features/keyplaces/pharmacies/i18n/zh-CN';
export const zhCN = {
  app: {
    name: '防控指挥平台',
    shortName: '防控',
  },
  common: {
    ok: '确定',
    cancel: '取消',
    edit: '编辑',
    delete: '删除',
    search: '查询',
    reset: '重置',
    retry: '重试',
    actions: '操作',
    more: '更多',
    total: '共 {{total}} 条',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试。',
    http: '服务器返回错误（{{status}}）。',
    unexpected: '发生意外错误，请刷新页面后重试。',
    serverUnavailable: '暂时无法连接服务器',
  },
  layout: {
    admin: '系统管理',
    openMenu: '打开菜单',
    logout: '退出登录',
    changePassword: '修改密码',
  },
  modules: {
    registry: '底数',
    testing: '核酸检测',
    tracing: '流调溯源',
    screening: '重点人员',
    control: '管控措施',
    quarantine: '隔离管理',
    treatment: '医疗救治',
    keyplaces: '重点场所',
    supplies: '物资保障',
    workforce: '人员轮换',
    supervision: '督导检查',
    reports: '研判通报',
    users: '用户管理',
    regions: '行政区划',
    audit: '审计日志',
  },
  roles: {
    administrator: '系统管理员',
    commander: '指挥部/指挥长',
    testing_staff: '核酸检测组',
    tracing_staff: '流调溯源组',
    isolation_staff: '隔离管控组',
    medical_staff: '医疗救治组',
    supplies_staff: '物资保障组',
    enterprise_staff: '企业防控组',
    supervision_staff: '督导组工作人员',
    grid_worker: '网格员',
    sampler: '采样人员',
    lab_staff: '检测机构人员',
    isolation_site_staff: '隔离点工作人员',
    hospital_staff: '医院工作人员',
    liaison: '防疫联络员',
    supervisor: '督导员',
    gatekeeper: '卡口值守人员',
  },
  auth: {
    username: '用户名',
    password: '密码',
    submit: '登录',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    changePasswordTitle: '修改密码',
    mustChangePassword: '首次登录或密码已被重置，请先设置新密码。',
    currentPassword: '当前密码',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    passwordMismatch: '两次输入的新密码不一致',
    passwordChanged: '密码已修改',
  },
  jurisdiction: {
    all: '全市',
    none: '未分配',
  },
  home: {
    welcome: '欢迎，{{name}}',
    username: '用户名',
    roles: '角色',
    jurisdiction: '辖区',
  },
  pages: {
    notBuilt: '该模块尚未建成',
    notBuiltModule: '模块：{{name}}',
    notFound: '页面不存在',
    backHome: '返回首页',
  },
  accounts: accountsZhCN,
  regions: regionsZhCN,
  audit: auditZhCN,
  registry: registryZhCN,
  testing: testingZhCN,
  sampling: samplingZhCN,
  tracing: tracingZhCN,
  tracingClusters: tracingClustersZhCN,
  tracingEvidence: tracingEvidenceZhCN,
  screening: screeningZhCN,
  riskAreas: riskAreasZhCN,
  passes: passesZhCN,
  healthStatus: healthStatusZhCN,
  protocols: protocolsZhCN,
  quarantine: quarantineZhCN,
  healthChecks: healthChecksZhCN,
  treatment: treatmentZhCN,
  supervision: supervisionZhCN,
  rectification: rectificationZhCN,
  keyPlaces: keyPlacesZhCN,
  enterprises: enterprisesZhCN,
  schools: schoolsZhCN,
  checkpoints: checkpointsZhCN,
  pharmacies: pharmaciesZhCN,
};
