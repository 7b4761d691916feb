/** Roles of DOMAIN.md "Who uses it"; a user may hold several. */
export const roles = [
  'administrator',
  'commander',
  'testing_staff',
  'tracing_staff',
  'isolation_staff',
  'medical_staff',
  'supplies_staff',
  'enterprise_staff',
  'supervision_staff',
  'grid_worker',
  'sampler',
  'lab_staff',
  'isolation_site_staff',
  'hospital_staff',
  'liaison',
  'supervisor',
  'gatekeeper',
] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'users.manage',
  'regions.read',
  'regions.manage',
  'audit.read',
  /** Residents, households and places within the jurisdiction, ID numbers and phones masked. */
  'registry.read',
  /** The same with ID numbers and phones in full (each full view is audited anyway). */
  'registry.read_full',
  /** Import ledgers, edit and move residents and places. */
  'registry.manage',
  /** Testing rounds, their live counts and the lists of who has not been sampled (masked). */
  'testing.read',
  /** Create, plan and close testing rounds. */
  'testing.manage',
  /** Scan tubes and persons at a sampling table. */
  'testing.sample',
  /** Receive tubes and report their results. */
  'testing.lab',
  /** Record why a resident is excused from a round (away, bedridden, already a case). */
  'testing.exempt',
  /** Cases, contacts, chains and clusters within the jurisdiction (identifiers masked in lists). */
  'tracing.read',
  /** Open and classify cases, record investigations, add and confirm contacts, feed scans and locations. */
  'tracing.manage',
  /** Bring in screening lists of key persons and dispatch them to grids. */
  'keyperson.manage',
  /** See the key persons dispatched to one's grids and record what became of them. */
  'keyperson.record',
  /** Revise protocols (rules as data) and choose the one in force. */
  'protocol.manage',
  /** Risk areas within the jurisdiction, their history and proposals. */
  'riskarea.read',
  /** Propose designating, downgrading or lifting a risk area. */
  'riskarea.propose',
  /** Approve or reject another person's proposal about a risk area. */
  'riskarea.approve',
  /** Issue and revoke closed-area passes for households of one's jurisdiction. */
  'pass.issue',
  /** Scan passes at a closed area's gate. */
  'gate.scan',
  /** Isolation sites, rooms and persons under quarantine within the jurisdiction. */
  'quarantine.read',
  /** Sites and rooms, put persons under quarantine, transfer and release them. */
  'quarantine.manage',
  /** Record daily health checks of quarantined persons. */
  'healthcheck.record',
  /** Residents' health status (green / yellow / red) and why. */
  'healthstatus.read',
  /** Propose or approve (never both for one change) overriding a computed health status. */
  'healthstatus.override',
  /** Designated hospitals, admissions and the four rates. */
  'treatment.read',
  /** Admit, follow and discharge patients; keep beds. */
  'treatment.manage',
  /** Inspection plans one may see (never an unannounced one aimed at one's own unit), inspections, findings,
   *  rectification orders, the daily clearing board and reports, within the jurisdiction. */
  'supervision.read',
  /** Plan and record inspections, issue rectification orders, verify and close (销号) or send them back. */
  'supervision.inspect',
  /** Edit checklist templates (each edit a new version; old inspections keep theirs). */
  'checklist.manage',
  /** Answer the rectification orders addressed to one's unit, with text and photos. */
  'rectification.respond',
  /** Ledgers of key places (enterprises, schools, checkpoints, pharmacies) within the jurisdiction. */
  'keyplace.read',
  /** Keep key-place ledgers: closed-loop status, liaison officers, resumption approval. */
  'keyplace.manage',
  /** File the daily report of one's own enterprise or school (the unit's liaison). */
  'keyplace.report',
  /** Record vehicles and persons at a checkpoint (卡口). */
  'checkpoint.record',
  /** Register sales of fever, cough and antibiotic drugs at a pharmacy. */
  'pharmacy.record',
] as const;
export type Permission = (typeof permissions)[number];

// Every role reads the region tree (within its jurisdiction): field staff need it to pick places.
const everyone: Permission[] = ['regions.read'];
// Who works with people of their jurisdiction sees them; full identifiers only where the work needs them.
const readsPeople: Permission[] = [...everyone, 'registry.read'];
const tracesPeople: Permission[] = [...readsPeople, 'registry.read_full'];
const keepsLedgers: Permission[] = [
  ...tracesPeople,
  'registry.manage',
  'testing.read',
  'testing.exempt',
  'keyperson.record',
];
const keepsQuarantine: Permission[] = ['quarantine.read', 'quarantine.manage', 'healthcheck.record'];
const treats: Permission[] = ['treatment.read', 'treatment.manage'];
const inspects: Permission[] = ['supervision.read', 'supervision.inspect', 'keyplace.read'];
// A unit's own people: its liaison reports and answers orders; its ledgers are read within the jurisdiction.
const keepsUnit: Permission[] = ['keyplace.read', 'keyplace.report', 'rectification.respond'];
const runsTesting: Permission[] = [...readsPeople, 'testing.read', 'testing.manage', 'testing.exempt'];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  administrator: permissions,
  commander: [
    ...readsPeople,
    'testing.read',
    'tracing.read',
    'riskarea.read',
    'riskarea.approve',
    'quarantine.read',
    'healthstatus.read',
    'healthstatus.override',
    'treatment.read',
    'supervision.read',
    'keyplace.read',
  ],
  testing_staff: runsTesting,
  tracing_staff: [
    ...tracesPeople,
    'testing.read',
    'tracing.read',
    'tracing.manage',
    'keyperson.manage',
    'keyperson.record',
    'riskarea.read',
    'riskarea.propose',
    'quarantine.read',
    'quarantine.manage',
    'healthstatus.read',
  ],
  isolation_staff: [...tracesPeople, 'tracing.read', ...keepsQuarantine, 'riskarea.read', 'healthstatus.read'],
  medical_staff: [...tracesPeople, 'tracing.read', 'quarantine.read', 'healthstatus.read', ...treats],
  supplies_staff: everyone,
  enterprise_staff: [...readsPeople, 'keyplace.read', 'keyplace.manage', 'supervision.read'],
  supervision_staff: [...readsPeople, ...inspects, 'checklist.manage'],
  grid_worker: [
    ...keepsLedgers,
    'riskarea.read',
    'pass.issue',
    'gate.scan',
    'quarantine.read',
    'healthcheck.record',
    'healthstatus.read',
    'rectification.respond',
    'keyplace.read',
    'pharmacy.record',
  ],
  sampler: [...readsPeople, 'testing.sample'],
  lab_staff: [...everyone, 'testing.lab'],
  isolation_site_staff: [...readsPeople, ...keepsQuarantine],
  hospital_staff: [...readsPeople, ...treats],
  liaison: [...everyone, ...keepsUnit, 'pharmacy.record'],
  supervisor: [...everyone, ...inspects],
  gatekeeper: [...everyone, 'gate.scan', 'checkpoint.record'],
};

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function permissionsOf(held: readonly Role[]): Set<Permission> {
  return new Set(held.flatMap((role) => rolePermissions[role]));
}
