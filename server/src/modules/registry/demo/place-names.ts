import type { PlaceType } from '../vocabulary.ts';
import { chineseNumeral } from './numerals.ts';
import { demoCityRegion, type GridPlan } from './plan.ts';
import {
  elderlyCareWords,
  firmCharacters,
  firmSuffixes,
  highways,
  hospitalWords,
  hotelSuffixes,
  hotelWords,
  industries,
  kindergartenWords,
  labWords,
  logisticsWords,
  pharmacyBrands,
  supermarketBrands,
  transportHubSuffixes,
} from './place-words.ts';
import type { Random } from './random.ts';

export interface PlaceContext {
  random: Random;
  grid: GridPlan;
  /** 1 for the first place of its type: the first hospitals and stations are the city's own. */
  ordinal: number;
  /** The hospital a fever clinic belongs to, if any. */
  hostName: string | undefined;
}

export interface PlaceDraft {
  name: string;
  attributes: Record<string, number | string>;
}

type PlaceNamer = (context: PlaceContext) => PlaceDraft;

/** A region's name without its level: 湘江市 → 湘江, 江滨区 → 江滨, 建设街道 → 建设, 杨家湾村 → 杨家湾. */
const stem = (name: string): string => name.replace(/(街道|社区|市|区|县|镇|乡|村)$/u, '');

const cityStem = stem(demoCityRegion.name);

const cityHospitals = [
  ...[1, 2, 3, 4, 5, 6].map((n) => `第${chineseNumeral(n)}人民医院`),
  '中医医院',
  '中心医院',
  '妇幼保健院',
  '传染病医院',
].map((name) => `${cityStem}市${name}`);

function firm(random: Random): string {
  return random.pick(firmCharacters) + random.pick(firmCharacters);
}

/** Most firms are small; a few employ thousands. */
function headcount(random: Random): number {
  const roll = random.next();
  if (roll < 0.7) return random.between(8, 60);
  return roll < 0.95 ? random.between(60, 500) : random.between(500, 3000);
}

function school({ random, grid }: PlaceContext): PlaceDraft {
  const roll = random.next();
  let name: string;
  let students: number;
  if (roll < 0.4) {
    name = random.chance(0.6)
      ? `${stem(grid.communityName)}幼儿园`
      : `${random.pick(kindergartenWords)}幼儿园（${stem(grid.communityName)}园）`;
    students = random.between(80, 400);
  } else if (roll < 0.75) {
    // Streets have their central and numbered schools; villages and neighbourhoods their own.
    const owner = random.chance(0.5) ? stem(grid.streetName) + random.pick(['中心', '第一', '第二', '实验']) : '';
    name = `${owner || stem(grid.communityName)}小学`;
    students = random.between(400, 2500);
  } else if (roll < 0.95) {
    const owner = random.chance(0.3) ? `${cityStem}市` : grid.districtName;
    name = random.chance(0.5) ? `${owner}第${chineseNumeral(random.between(1, 40))}中学` : `${grid.streetName}中学`;
    students = random.between(800, 3000);
  } else {
    name = `${cityStem}市${random.pick(['交通', '商贸', '信息', '卫生', '机电', '建筑', '旅游'])}职业技术学校`;
    students = random.between(1000, 5000);
  }
  return { name, attributes: { students, staff: Math.round(students / random.between(12, 18)) } };
}

/** Care homes (敬老院, 养老院) with beds, and the community day-care centres found in most communities. */
function elderlyCare({ random, grid }: PlaceContext): PlaceDraft {
  const roll = random.next();
  if (roll < 0.3) return { name: `${grid.streetName}敬老院`, attributes: { beds: random.between(30, 150) } };
  if (roll < 0.7) return { name: `${grid.communityName}日间照料中心`, attributes: { beds: random.between(5, 30) } };
  const name = `${stem(grid.districtName)}${random.pick(elderlyCareWords)}${random.pick(['养老院', '颐养中心', '老年公寓'])}`;
  return { name, attributes: { beds: random.between(50, 300) } };
}

/** Primary care: a community health centre per street (街道), a 卫生院 per town. */
function healthCentre(grid: GridPlan): string {
  return grid.streetName + (grid.streetName.endsWith('街道') ? '社区卫生服务中心' : '卫生院');
}

function hospital({ random, grid, ordinal }: PlaceContext): PlaceDraft {
  const cityHospital = cityHospitals[ordinal - 1];
  if (cityHospital) return { name: cityHospital, attributes: { beds: random.between(500, 2000) } };
  const roll = random.next();
  if (roll < 0.3) {
    const name = grid.districtName + random.pick(['人民医院', '中医医院', '妇幼保健院']);
    return { name, attributes: { beds: random.between(150, 600) } };
  }
  if (roll < 0.6) {
    return { name: healthCentre(grid), attributes: { beds: random.between(10, 80) } };
  }
  const owner = stem(random.chance(0.5) ? grid.districtName : grid.streetName);
  const name = `${owner}${random.pick(hospitalWords)}医院`;
  return { name, attributes: { beds: random.between(50, 300) } };
}

function numbered(first: string, others: (context: PlaceContext) => string): PlaceNamer {
  return (context) => ({ name: context.ordinal === 1 ? first : others(context), attributes: {} });
}

/** Names and type-specific attributes of places, by type. */
export const placeNamers: Record<PlaceType, PlaceNamer> = {
  enterprise: ({ random, grid }) => ({
    name: `${random.chance(0.6) ? cityStem : stem(grid.districtName)}${firm(random)}${random.pick(industries)}${random.pick(firmSuffixes)}`,
    attributes: { headcount: headcount(random) },
  }),
  school,
  hospital,
  fever_clinic: ({ grid, hostName }) => ({
    name: hostName ? `${hostName}发热门诊` : `${healthCentre(grid)}发热哨点`,
    attributes: {},
  }),
  pharmacy: ({ random, grid }) => ({
    name: `${random.pick(pharmacyBrands)}大药房（${stem(grid.communityName)}店）`,
    attributes: {},
  }),
  market: ({ random, grid }) => ({
    name: random.chance(0.5)
      ? `${stem(grid.streetName)}农贸市场`
      : `${random.pick(supermarketBrands)}超市（${stem(grid.communityName)}店）`,
    attributes: {},
  }),
  elderly_care: elderlyCare,
  transport_hub: ({ grid, ordinal }) => ({
    name:
      ordinal <= transportHubSuffixes.length
        ? cityStem + (transportHubSuffixes[ordinal - 1] ?? '')
        : `${stem(grid.streetName)}汽车站`,
    attributes: {},
  }),
  checkpoint: ({ random, grid }) => ({ name: `${random.pick(highways)}${grid.streetName}卡口`, attributes: {} }),
  sampling_point: ({ random, grid }) => ({
    name: `${grid.communityName}${random.pick(grid.clusters)}核酸采样点`,
    attributes: { tables: random.between(2, 6) },
  }),
  isolation_site: ({ random, grid }) => ({
    name: stem(grid.districtName) + random.pick(hotelWords) + random.pick(hotelSuffixes),
    attributes: { rooms: random.between(80, 300) },
  }),
  lab: numbered(`${cityStem}市疾病预防控制中心实验室`, ({ random, grid }) =>
    random.chance(0.3)
      ? `${grid.districtName}疾病预防控制中心实验室`
      : `${stem(grid.districtName)}${random.pick(labWords)}医学检验实验室`,
  ),
  warehouse: numbered(`${cityStem}市应急物资储备库`, ({ random, grid }) =>
    random.chance(0.3)
      ? `${grid.districtName}应急物资储备库`
      : `${stem(grid.streetName)}${random.pick(logisticsWords)}${random.pick(['物流仓库', '冷链仓库'])}`,
  ),
};
