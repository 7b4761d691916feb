import type { ErrorCode } from '../errors.ts';

export type Lang = 'zh-CN' | 'en';

type Messages = Record<ErrorCode, { title: [string, string]; detail: [string, string] }>;

// [zh-CN, en]; {name} placeholders are filled from AppError.params.
const messages: Messages = {
  VALIDATION_FAILED: { title: ['输入有误', 'Invalid input'], detail: ['{details}', '{details}'] },
  MALFORMED_BODY: {
    title: ['请求格式错误', 'Malformed request'],
    detail: ['请求体不是有效的 JSON：{reason}', 'The request body is not valid JSON: {reason}'],
  },
  BODY_TOO_LARGE: {
    title: ['请求过大', 'Request too large'],
    detail: ['请求体超过 {limit} 字节的上限', 'The request body exceeds the limit of {limit} bytes'],
  },
  UNSUPPORTED_MEDIA_TYPE: {
    title: ['不支持的内容类型', 'Unsupported content type'],
    detail: ['不支持的 Content-Type：{type}', 'Unsupported Content-Type: {type}'],
  },
  UNAUTHENTICATED: { title: ['未登录', 'Not signed in'], detail: ['请先登录', 'Please sign in first'] },
  INVALID_CREDENTIALS: {
    title: ['登录失败', 'Sign-in failed'],
    detail: ['用户名或密码错误', 'Wrong username or password'],
  },
  ACCOUNT_LOCKED: {
    title: ['账号已锁定', 'Account locked'],
    detail: ['登录失败次数过多，账号已锁定至 {until}', 'Too many failed sign-ins; the account is locked until {until}'],
  },
  ACCOUNT_DISABLED: {
    title: ['账号已停用', 'Account disabled'],
    detail: ['该账号已被停用，请联系管理员', 'This account is disabled; contact an administrator'],
  },
  PASSWORD_CHANGE_REQUIRED: {
    title: ['请先修改密码', 'Change your password first'],
    detail: ['您正在使用临时密码，请先设置新密码', 'You signed in with a temporary password; set your own first'],
  },
  FORBIDDEN: {
    title: ['无权操作', 'Forbidden'],
    detail: ['您的角色没有“{permission}”权限', 'Your role lacks the permission "{permission}"'],
  },
  NOT_FOUND: { title: ['未找到', 'Not found'], detail: ['记录不存在', 'No such record'] },
  USERNAME_TAKEN: {
    title: ['用户名已存在', 'Username taken'],
    detail: ['用户名“{username}”已被使用', 'The username "{username}" is already in use'],
  },
  REGION_CODE_TAKEN: {
    title: ['区划代码重复', 'Region code taken'],
    detail: ['区划代码“{code}”已被使用', 'The region code "{code}" is already in use'],
  },
  PLACE_CODE_TAKEN: {
    title: ['场所编码重复', 'Place code taken'],
    detail: ['场所编码“{code}”已被使用', 'The place code "{code}" is already in use'],
  },
  REGION_NAME_TAKEN: {
    title: ['名称重复', 'Name taken'],
    detail: ['同一上级下已有名为“{name}”的区划', 'A region named "{name}" already exists under this parent'],
  },
  REGION_HAS_CHILDREN: {
    title: ['无法删除', 'Cannot delete'],
    detail: ['该区划下还有 {count} 个下级区划，请先删除或迁移', 'This region still has {count} child regions'],
  },
  REGION_IN_USE: {
    title: ['无法删除', 'Cannot delete'],
    detail: [
      '该区划仍被引用（如用户的管辖范围），不能删除',
      "This region is still referenced (e.g. by a user's jurisdiction)",
    ],
  },
  REGION_PLACEMENT_INVALID: {
    title: ['层级不符', 'Invalid placement'],
    detail: ['{reason}', '{reason}'],
  },
  SCOPE_EXCEEDED: {
    title: ['超出管辖范围', 'Beyond your jurisdiction'],
    detail: ['只能授予您管辖范围内的区划和权限', 'You can only grant regions and roles within your own reach'],
  },
  SELF_LOCKOUT: {
    title: ['不能锁定自己', 'Cannot lock yourself out'],
    detail: [
      '不能停用自己的账号或移除自己的管理员角色',
      'You cannot disable your own account or drop your own administrator role',
    ],
  },
  JURISDICTION_REQUIRED: {
    title: ['缺少管辖范围', 'Jurisdiction required'],
    detail: ['用户至少需要一个管辖区划', 'A user needs at least one region of jurisdiction'],
  },
  PASSWORD_TOO_WEAK: {
    title: ['密码强度不足', 'Password too weak'],
    detail: ['密码至少 10 位，且须包含字母和数字', 'A password needs at least 10 characters, with letters and digits'],
  },
  PASSWORD_MISMATCH: {
    title: ['原密码错误', 'Wrong current password'],
    detail: ['当前密码不正确', 'The current password is not correct'],
  },
  CAMPAIGN_WINDOW_INVALID: {
    title: ['时间范围无效', 'Invalid time window'],
    detail: ['检测轮次的结束时间必须晚于开始时间', 'A testing round must end after it starts'],
  },
  NOT_A_SAMPLING_POINT: {
    title: ['不是采样点', 'Not a sampling point'],
    detail: ['场所 {placeId} 不是辖区内的采样点', 'Place {placeId} is not a sampling point within your jurisdiction'],
  },
  NOT_A_TABLE_OF_ROUND: {
    title: ['采样台无效', 'Not a table of this round'],
    detail: ['该采样点或采样台不属于本轮检测', 'This sampling point or table is not part of the round'],
  },
  CAMPAIGN_CLOSED: {
    title: ['检测轮次已结束', 'Round closed'],
    detail: ['本轮检测已结束，不能再登记', 'The round is closed; nothing more can be recorded in it'],
  },
  BOX_STATE: {
    title: ['转运箱状态不符', 'Box at another stage'],
    detail: ['转运箱 {code} 当前为“{status}”，不能执行此操作', 'Box {code} is "{status}"; this step does not apply'],
  },
  TUBE_RACE: {
    title: ['试管同时被启用', 'Tube opened twice at once'],
    detail: [
      '另一采样台同时启用了同一试管，请重新提交',
      'Another table opened the same tube at the same moment; send again',
    ],
  },
  KEY_PERSON_CLOSED: {
    title: ['结果已登记', 'Outcome already recorded'],
    detail: [
      '该人员的核查结果已登记，只有待核查的人员可以登记结果',
      'An outcome is already recorded for this person; only pending persons take one',
    ],
  },
  KEY_PERSON_ASSIGNED: {
    title: ['已有网格', 'Already has a grid'],
    detail: [
      '该人员已按登记住址派至网格，只有未匹配的人员需要指派网格',
      'This person was dispatched to the grid of their registered address; only unmatched persons are assigned',
    ],
  },
  NOT_A_GRID: {
    title: ['不是网格', 'Not a grid'],
    detail: [
      '区划 {regionId} 不是网格，重点人员只能派至网格',
      'Region {regionId} is not a grid; key persons go to grids',
    ],
  },
  OUTCOME_REASON_REQUIRED: {
    title: ['请填写原因', 'Reason required'],
    detail: ['登记“未找到”时须在备注中写明原因', 'Recording "not found" needs the reason in the note'],
  },
  SELF_REPORT_INVALID: {
    title: ['报备信息有误', 'Please check your report'],
    detail: [
      '部分信息有误（如身份证号、手机号），请核对标出的项目',
      'Some answers are not valid; check the marked fields',
    ],
  },
  IMPORT_COLUMNS_MISSING: {
    title: ['缺少必填列', 'Required columns missing'],
    detail: [
      '文件中找不到这些必填字段对应的列：{fields}',
      'No column of the file is mapped to these required fields: {fields}',
    ],
  },
  RATE_LIMITED: {
    title: ['请求过于频繁', 'Too many requests'],
    detail: ['请求过于频繁，请 {after} 后再试', 'Too many requests; try again in {after}'],
  },
  PERSON_REGION_REQUIRED: {
    title: ['需要所属区域', 'Region required'],
    detail: [
      '该人员不在您辖区的底数中，请选择其所属区域',
      'This person is not in the registry of your jurisdiction; choose the region they belong to',
    ],
  },
  CASE_EXISTS: {
    title: ['病例已存在', 'Case exists'],
    detail: ['该人员已有病例 {code}', 'This person already has case {code}'],
  },
  MILESTONE_INVALID: {
    title: ['时间节点无效', 'Invalid milestone'],
    detail: ['{milestoneZh}：{reasonZh}', '{milestoneEn}: {reasonEn}'],
  },
  TRAJECTORY_INVALID: {
    title: ['轨迹时段无效', 'Invalid trajectory interval'],
    detail: ['{reasonZh}', '{reasonEn}'],
  },
  CONTACT_DUPLICATE: {
    title: ['密接重复', 'Duplicate contact'],
    detail: [
      '该人员已是同一来源的接触者（记录 {contactId}）',
      'This person is already a contact of the same source (record {contactId})',
    ],
  },
  CONTACT_IS_SOURCE: {
    title: ['不能添加自身', 'Cannot add oneself'],
    detail: ['病例或接触者不能是其自身的接触者', 'A case or contact cannot be a contact of itself'],
  },
  STATUS_TRANSITION: {
    title: ['状态不可变更', 'Status cannot change'],
    detail: ['不能从「{fromZh}」变更为「{toZh}」', 'Cannot change from "{fromEn}" to "{toEn}"'],
  },
  PROTOCOL_GROUP_MISSING: {
    title: ['方案未规定该类人员的隔离', 'Group not quarantined'],
    detail: [
      '现行方案「{protocol}」未规定「{groupZh}」的隔离措施',
      'The protocol in force ({protocol}) sets no quarantine for "{groupEn}"',
    ],
  },
  RISK_LEVEL_UNKNOWN: {
    title: ['风险等级无效', 'Unknown risk level'],
    detail: ['现行方案的风险等级为：{levels}', 'The protocol in force has the levels: {levels}'],
  },
  RISK_AREA_TARGET_INVALID: {
    title: ['风险区范围无效', 'Invalid area'],
    detail: ['{reasonZh}', '{reasonEn}'],
  },
  SAME_PERSON_APPROVAL: {
    title: ['须由他人审批', 'Needs a second person'],
    detail: [
      '提出人不能审批自己的申请，请由另一位有审批权限的人员审批',
      'The proposer cannot approve their own proposal; another person with the permission must',
    ],
  },
  PROPOSAL_STATE: {
    title: ['状态不允许此操作', 'Not at this stage'],
    detail: ['{reasonZh}', '{reasonEn}'],
  },
  NOT_IN_CLOSED_AREA: {
    title: ['不在封控/管控区', 'Not in a closed area'],
    detail: [
      '该户不在封控区或管控区内，无需通行证',
      'The household is not in a sealed or controlled area and needs no pass',
    ],
  },
  PASS_QUOTA_EXCEEDED: {
    title: ['超出通行证配额', 'Pass quota used'],
    detail: [
      '该户每 {everyDays} 天限 {persons} 人外出，下次可于 {nextAt} 起申领',
      'The household may send {persons} person(s) out every {everyDays} day(s); the next pass from {nextAt}',
    ],
  },
  PASS_TOKEN_INVALID: {
    title: ['通行证无效', 'Invalid pass'],
    detail: ['{reasonZh}', '{reasonEn}'],
  },
  GATE_SCAN_STATE: {
    title: ['通行记录冲突', 'Gate scan refused'],
    detail: ['{reasonZh}', '{reasonEn}'],
  },
  ROOM_UNAVAILABLE: {
    title: ['房间不可用', 'Room unavailable'],
    detail: ['房间 {room} {reasonZh}', 'Room {room} {reasonEn}'],
  },
  ROOM_NUMBER_TAKEN: {
    title: ['房间号重复', 'Room number taken'],
    detail: ['该隔离点已有房间号：{numbers}', 'The site already has rooms numbered {numbers}'],
  },
  ALREADY_IN_QUARANTINE: {
    title: ['已在隔离中', 'Already in quarantine'],
    detail: [
      '该人员已在隔离中（记录 {quarantineId}）',
      'This person is already under quarantine (record {quarantineId})',
    ],
  },
  HOME_CONDITIONS_UNMET: {
    title: ['不具备居家隔离条件', 'Home conditions not met'],
    detail: ['居家隔离条件未满足：{conditionsZh}', 'Home quarantine conditions not met: {conditionsEn}'],
  },
  RELEASE_REFUSED: {
    title: ['暂不能解除隔离', 'Release refused'],
    detail: ['{reasonZh}', '{reasonEn}'],
  },
  QUARANTINE_ENDED: {
    title: ['隔离已结束', 'Quarantine ended'],
    detail: ['该隔离记录已结束，不能再操作', 'This quarantine has ended; nothing more can be recorded on it'],
  },
  HEALTH_CHECK_INVALID: {
    title: ['健康监测记录无效', 'Invalid health check'],
    detail: ['{reasonZh}', '{reasonEn}'],
  },
  NOT_A_HOSPITAL: {
    title: ['不是医院', 'Not a hospital'],
    detail: ['转运须选择医院（定点医院）', 'A transfer must go to a hospital (a designated hospital)'],
  },
  ADMISSION_STATE: {
    title: ['收治状态冲突', 'Admission refused'],
    detail: ['{reasonZh}', '{reasonEn}'],
  },
  CHECKLIST_ITEM_UNKNOWN: {
    title: ['检查项不符', 'Checklist item refused'],
    detail: ['第 {row} 条答案：{reasonZh}', 'Answer {row}: {reasonEn}'],
  },
  INSPECTION_STATE: {
    title: ['检查状态冲突', 'Inspection step refused'],
    detail: ['{reasonZh}', '{reasonEn}'],
  },
  ORDER_STATE: {
    title: ['交办单状态冲突', 'Rectification order step refused'],
    detail: ['交办单 {number}：{reasonZh}', 'Order {number}: {reasonEn}'],
  },
  DEADLINE_INVALID: {
    title: ['整改期限无效', 'Deadline invalid'],
    detail: ['整改期限须晚于当前时间（{deadline}）', 'The deadline must lie in the future ({deadline})'],
  },
  PLACE_TYPE_MISMATCH: {
    title: ['场所类型不符', 'Wrong type of place'],
    detail: ['{place} 不是{expectedZh}', '{place} is not {expectedEn}'],
  },
  NOT_A_UNIT_MEMBER: {
    title: ['非本单位人员', 'Not a member of the unit'],
    detail: ['您不是 {unit} 的人员，不能代其办理', 'You are not a member of {unit} and cannot act for it'],
  },
  DB_UNAVAILABLE: {
    title: ['数据库不可用', 'Database unavailable'],
    detail: ['数据库暂时无法连接，请稍后再试', 'The database cannot be reached; try again shortly'],
  },
  INTERNAL: {
    title: ['服务器错误', 'Server error'],
    detail: ['服务器内部错误，已记录', 'Internal server error; it has been logged'],
  },
};

export function langOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}

export function messageFor(
  code: ErrorCode,
  lang: Lang,
  params: Record<string, string | number>,
): { title: string; detail: string } {
  const entry = messages[code];
  const index = lang === 'en' ? 1 : 0;
  const fill = (text: string): string => text.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
  return { title: entry.title[index], detail: fill(entry.detail[index]) };
}
