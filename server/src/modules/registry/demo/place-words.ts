/** Word tables for place names; brands are invented, so no real business is named. */
const split = (words: string): readonly string[] => words.split(' ');

/** Characters that make up firm names two at a time: 恒通, 华兴, 鑫源. */
export const firmCharacters = [...'恒通华兴宏达鑫源长盛永信嘉禾联创天佳利民福瑞金鹏丰泰远美德康安新博科汇众诚展宇'];

export const industries = split(
  '机械制造 食品 电子科技 物流 建材 纺织 医药 商贸 汽车零部件 印刷 化工 服装 家具 包装 建筑工程 信息技术 ' +
    '农业开发 酒店管理 餐饮管理 环保科技 生物科技 新材料 电气 五金 塑料制品 陶瓷 茶业 粮油 冷链物流 装饰工程',
);

export const firmSuffixes = split('有限公司 有限公司 有限公司 有限责任公司 股份有限公司');

export const kindergartenWords = split('童心 启明星 阳光 小天使 七彩 蓝天 育才 春芽 金太阳 小博士');
export const hospitalWords = split('仁爱 康华 博爱 普济 济民 华康 仁和 安泰 惠民 长康');
export const pharmacyBrands = split('仁和堂 康济 同善堂 济世 益寿 德仁 万家康 福寿堂 惠民 本草堂');
export const supermarketBrands = split('万家福 惠多多 佳乐 鲜丰 优品 邻里 好邻居 百佳惠');
export const elderlyCareWords = split('福寿 康乐 夕阳红 颐和 安康 松鹤 长青 百福 乐龄 康宁');
export const hotelWords = split('金源 银河 嘉信 湘苑 华悦 锦程 凯莱 天润 君安 豪庭 如家乐 望江');
export const hotelSuffixes = split('酒店 大酒店 宾馆 商务酒店');
export const labWords = split('瑞康 华信 博安 安诺 泽康 迪瑞 康检 华检');
export const logisticsWords = split('顺达 通远 安捷 联运 速达 万通 湘运 畅通');
export const highways = split('G107国道 G320国道 S208省道 S312省道 沪昆高速 京港澳高速 湘江绕城高速');
export const roadSuffixes = split('路 路 路 街 大道');

/** The city's own stations, after its name (湘江站, 湘江南站); later hubs are named after their town. */
export const transportHubSuffixes = split('站 南站 机场 汽车站 汽车东站 汽车西站 汽车南站 西站 港客运码头');
