import type { tracingClustersZhCN } from './zh-CN';

export const tracingClustersEn: typeof tracingClustersZhCN = {
  tab: 'Clusters',
  kinds: {
    cluster: 'Cluster',
    stub: 'Case on another page',
    contact: 'Contact',
  },
  statuses: {
    active: 'Active',
    dissolved: 'Dissolved',
  },
  overview: {
    node: '{{name}} ({{count}} cases)',
    title: 'Transmission overview',
    hint: 'Each cluster is one purple node (sized by its cases): click to open it. The other nodes are linked cases in no cluster: click to open the case.',
    truncated: 'Too many nodes: only the largest clusters and the earliest cases are shown.',
    empty: 'No transmission links yet: cases are linked once a contact becomes a case.',
  },
  list: {
    title: 'Clusters',
    allStatuses: 'All statuses',
    name: 'Name',
    caseCount: 'Cases',
    generations: 'Generations',
    onset: 'Onset',
    region: 'Region',
    status: 'Status',
    rename: 'Rename',
    empty: 'No clusters',
  },
  rename: {
    title: 'Rename cluster',
    name: 'Name',
    nameRequired: 'Enter a name',
    done: 'Renamed',
  },
  recompute: {
    button: 'Recompute',
    done: 'Recomputed: {{cases}} cases in chains, {{links}} links, {{clusters}} clusters, in {{ms}} ms.',
  },
  detail: {
    back: 'Back',
    viewCases: 'View cases',
    generations: 'Generations',
    onset: 'Onset',
    region: 'Region',
    byGeneration: 'Cases per generation',
    generation: 'Generation {{n}}',
    cases: 'Cases',
  },
  graph: {
    title: 'Transmission chain',
    showContacts: 'Show contacts',
    contactsTruncated: 'Too many contacts: only some are shown.',
    large:
      'Many nodes: laid out in columns by generation (first generation on the left), without labels; hover to read.',
    stubs: 'Grey nodes are cases on other pages: click one to go to its page.',
    stub: '{{code}} (page {{page}})',
    pages: '{{total}} cases',
  },
  timeline: {
    title: 'Onset timeline',
    hint: 'By onset date; asymptomatic infections by the date they were sampled or found.',
    empty: 'No cases',
  },
};
