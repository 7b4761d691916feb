-- Default checklists (DOMAIN.md "Supervision"; the items the seed inspection reports look at), one per kind of
-- target: the region node (community), the key place types of the registry, and a general one for the rest.
-- Administrators revise them (checklist.manage); each revision is a new version.
WITH defaults (code, name, target_kind, items) AS (VALUES
  ('community', '社区（小区）防控督导检查表', 'community', '[
    {"key":"duty_staff","textZh":"值班值守人员在岗","textEn":"Duty staff present","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"entry_checks","textZh":"出入口测温、扫码、查验到位","textEn":"Temperature, health code and pass checked at the entrance","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"masks","textZh":"工作人员和来往人员规范佩戴口罩","textEn":"Staff and visitors wear masks properly","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false},
    {"key":"quarantine_signs","textZh":"居家隔离户张贴告示、落实管控","textEn":"Households in home quarantine marked and controlled","kind":"yes_no","expected":true,"weight":4,"mustFixNow":true},
    {"key":"disinfection_log","textZh":"消杀和通风记录","textEn":"Disinfection and ventilation log","kind":"choice","choices":[{"key":"complete","textZh":"完整","textEn":"complete"},{"key":"partial","textZh":"不全","textEn":"incomplete"},{"key":"none","textZh":"没有","textEn":"none"}],"passing":["complete"],"weight":2,"mustFixNow":false},
    {"key":"supplies","textZh":"防疫物资储备充足","textEn":"Protective supplies in stock","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false},
    {"key":"staff_rotation","textZh":"工作人员轮班轮休安排合理","textEn":"Staff rotation and rest arranged","kind":"yes_no","expected":true,"weight":1,"mustFixNow":false}
  ]'),
  ('enterprise', '企业防控督导检查表', 'enterprise', '[
    {"key":"closed_loop","textZh":"落实闭环管理（人不出厂、定点接驳）","textEn":"Closed loop kept (nobody leaves the plant, fixed shuttles)","kind":"yes_no","expected":true,"weight":4,"mustFixNow":true},
    {"key":"liaison_on_site","textZh":"防疫联络员在岗","textEn":"The liaison officer is on site","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"temperature_register","textZh":"员工每日体温检测登记","textEn":"Staff''s daily temperature register","kind":"choice","choices":[{"key":"complete","textZh":"完整","textEn":"complete"},{"key":"partial","textZh":"不全","textEn":"incomplete"},{"key":"none","textZh":"没有","textEn":"none"}],"passing":["complete"],"weight":3,"mustFixNow":false},
    {"key":"masks","textZh":"工作人员和来往人员规范佩戴口罩","textEn":"Staff and visitors wear masks properly","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false},
    {"key":"canteen","textZh":"食堂错峰就餐、分餐","textEn":"Canteen meals staggered and separated","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"dormitory","textZh":"宿舍定人定位、通风消毒","textEn":"Dormitories: fixed beds, ventilated and disinfected","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false},
    {"key":"disinfection_log","textZh":"消杀和通风记录","textEn":"Disinfection and ventilation log","kind":"choice","choices":[{"key":"complete","textZh":"完整","textEn":"complete"},{"key":"partial","textZh":"不全","textEn":"incomplete"},{"key":"none","textZh":"没有","textEn":"none"}],"passing":["complete"],"weight":2,"mustFixNow":false},
    {"key":"supplies","textZh":"防疫物资储备充足","textEn":"Protective supplies in stock","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false}
  ]'),
  ('school', '学校防控督导检查表', 'school', '[
    {"key":"campus_closed","textZh":"校园封闭管理落实到位","textEn":"Campus closed management in force","kind":"yes_no","expected":true,"weight":4,"mustFixNow":true},
    {"key":"gate_register","textZh":"校门人员进出查验登记","textEn":"Comings and goings at the gate checked and registered","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"health_report","textZh":"师生每日健康报告","textEn":"Daily health report of students and staff","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"sampling_schedule","textZh":"按计划开展核酸抽检（每班每日 20%）","textEn":"Sampling on schedule (20% of each class a day)","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false},
    {"key":"observation_room","textZh":"设置临时留观室","textEn":"A temporary observation room is ready","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"ventilation_log","textZh":"教室通风消毒记录","textEn":"Classroom ventilation and disinfection log","kind":"choice","choices":[{"key":"complete","textZh":"完整","textEn":"complete"},{"key":"partial","textZh":"不全","textEn":"incomplete"},{"key":"none","textZh":"没有","textEn":"none"}],"passing":["complete"],"weight":2,"mustFixNow":false}
  ]'),
  ('checkpoint', '卡口督导检查表', 'checkpoint', '[
    {"key":"duty_24h","textZh":"卡口 24 小时有人值守","textEn":"The checkpoint is staffed around the clock","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"ledger","textZh":"车辆人员登记台账完整","textEn":"Vehicle and person ledger kept","kind":"yes_no","expected":true,"weight":4,"mustFixNow":true},
    {"key":"proof_checked","textZh":"查验健康码、行程卡和核酸证明","textEn":"Health code, travel card and test proof checked","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"staff_on_duty","textZh":"在岗人数","textEn":"Staff on duty","kind":"number","min":2,"unit":"人","weight":2,"mustFixNow":false},
    {"key":"masks","textZh":"工作人员和来往人员规范佩戴口罩","textEn":"Staff and visitors wear masks properly","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false}
  ]'),
  ('pharmacy', '药店防控督导检查表', 'pharmacy', '[
    {"key":"sales_register","textZh":"退热、止咳、抗生素类药品销售实名登记","textEn":"Sales of fever, cough and antibiotic drugs registered by name","kind":"yes_no","expected":true,"weight":4,"mustFixNow":true},
    {"key":"buyers_reported","textZh":"购药人员信息 24 小时内推送","textEn":"Buyers reported within 24 hours","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"entry_checks","textZh":"出入口测温、扫码、查验到位","textEn":"Temperature, health code and pass checked at the entrance","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"masks","textZh":"工作人员和来往人员规范佩戴口罩","textEn":"Staff and visitors wear masks properly","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false}
  ]'),
  ('sampling_point', '采样点督导检查表', 'sampling_point', '[
    {"key":"one_metre","textZh":"排队人员保持一米间距","textEn":"People queue one metre apart","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"masks","textZh":"采样人员和排队人员规范佩戴口罩","textEn":"Samplers and queue wear masks properly","kind":"yes_no","expected":true,"weight":3,"mustFixNow":true},
    {"key":"waste","textZh":"医疗废物规范收集处置","textEn":"Medical waste collected and handled properly","kind":"yes_no","expected":true,"weight":4,"mustFixNow":true},
    {"key":"disinfection_log","textZh":"消杀和通风记录","textEn":"Disinfection and ventilation log","kind":"choice","choices":[{"key":"complete","textZh":"完整","textEn":"complete"},{"key":"partial","textZh":"不全","textEn":"incomplete"},{"key":"none","textZh":"没有","textEn":"none"}],"passing":["complete"],"weight":2,"mustFixNow":false},
    {"key":"queue_minutes","textZh":"排队等候时间","textEn":"Queue wait","kind":"number","max":30,"unit":"分钟","weight":2,"mustFixNow":false}
  ]'),
  ('isolation_site', '隔离点督导检查表', 'isolation_site', '[
    {"key":"zones_separated","textZh":"清洁区、潜在污染区、污染区物理隔离","textEn":"Clean and contaminated zones physically separated","kind":"yes_no","expected":true,"weight":5,"mustFixNow":true},
    {"key":"waste","textZh":"医疗废物规范收集处置","textEn":"Medical waste collected and handled properly","kind":"yes_no","expected":true,"weight":4,"mustFixNow":true},
    {"key":"single_rooms","textZh":"单人单间隔离","textEn":"One person per room","kind":"yes_no","expected":true,"weight":4,"mustFixNow":false},
    {"key":"health_checks","textZh":"每日两次体温监测记录","textEn":"Temperature checked twice a day and recorded","kind":"choice","choices":[{"key":"complete","textZh":"完整","textEn":"complete"},{"key":"partial","textZh":"不全","textEn":"incomplete"},{"key":"none","textZh":"没有","textEn":"none"}],"passing":["complete"],"weight":3,"mustFixNow":false},
    {"key":"staff_closed_loop","textZh":"工作人员闭环管理","textEn":"Staff kept in a closed loop","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"supplies","textZh":"防疫物资储备充足","textEn":"Protective supplies in stock","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false}
  ]'),
  ('hospital', '医疗机构防控督导检查表', 'hospital', '[
    {"key":"pre_triage","textZh":"落实预检分诊","textEn":"Pre-triage in place","kind":"yes_no","expected":true,"weight":4,"mustFixNow":true},
    {"key":"fever_clinic_separate","textZh":"发热门诊独立设置、闭环管理","textEn":"Fever clinic kept separate and closed","kind":"yes_no","expected":true,"weight":4,"mustFixNow":false},
    {"key":"escort_rule","textZh":"陪护管理（固定一人陪护）","textEn":"One fixed escort per patient","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false},
    {"key":"staff_testing","textZh":"医务人员定期核酸检测","textEn":"Medical staff tested on schedule","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"disinfection_log","textZh":"消杀和通风记录","textEn":"Disinfection and ventilation log","kind":"choice","choices":[{"key":"complete","textZh":"完整","textEn":"complete"},{"key":"partial","textZh":"不全","textEn":"incomplete"},{"key":"none","textZh":"没有","textEn":"none"}],"passing":["complete"],"weight":2,"mustFixNow":false}
  ]'),
  ('market', '商超市场防控督导检查表', 'market', '[
    {"key":"entry_checks","textZh":"出入口测温、扫码、查验到位","textEn":"Temperature, health code and pass checked at the entrance","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"masks","textZh":"工作人员和来往人员规范佩戴口罩","textEn":"Staff and visitors wear masks properly","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false},
    {"key":"crowd_limit","textZh":"落实限流措施","textEn":"Crowd limit enforced","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"cold_chain","textZh":"冷链食品可追溯、按规定检测","textEn":"Cold-chain food traceable and tested","kind":"yes_no","expected":true,"weight":4,"mustFixNow":true},
    {"key":"disinfection_log","textZh":"消杀和通风记录","textEn":"Disinfection and ventilation log","kind":"choice","choices":[{"key":"complete","textZh":"完整","textEn":"complete"},{"key":"partial","textZh":"不全","textEn":"incomplete"},{"key":"none","textZh":"没有","textEn":"none"}],"passing":["complete"],"weight":2,"mustFixNow":false}
  ]'),
  ('general', '通用场所防控督导检查表', 'general', '[
    {"key":"duty_staff","textZh":"值班值守人员在岗","textEn":"Duty staff present","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"entry_checks","textZh":"出入口测温、扫码、查验到位","textEn":"Temperature, health code and pass checked at the entrance","kind":"yes_no","expected":true,"weight":3,"mustFixNow":false},
    {"key":"masks","textZh":"工作人员和来往人员规范佩戴口罩","textEn":"Staff and visitors wear masks properly","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false},
    {"key":"disinfection_log","textZh":"消杀和通风记录","textEn":"Disinfection and ventilation log","kind":"choice","choices":[{"key":"complete","textZh":"完整","textEn":"complete"},{"key":"partial","textZh":"不全","textEn":"incomplete"},{"key":"none","textZh":"没有","textEn":"none"}],"passing":["complete"],"weight":2,"mustFixNow":false},
    {"key":"supplies","textZh":"防疫物资储备充足","textEn":"Protective supplies in stock","kind":"yes_no","expected":true,"weight":2,"mustFixNow":false}
  ]')
), templates AS (
  INSERT INTO checklist_template (code, name, target_kind)
  SELECT code, name, target_kind FROM defaults
  RETURNING id, code
)
INSERT INTO checklist_version (template_id, version, items)
SELECT t.id, 1, d.items::jsonb FROM templates t JOIN defaults d USING (code);
