/**
 * Word tables for people's names. Surnames come in tiers of rough population share (%) after the 2020
 * census ranking, so common names are common; a few two-character surnames are kept for realism.
 */
const surnameTiers: readonly (readonly [number, string])[] = [
  [7, '王李张'],
  [4.8, '刘陈'],
  [3.2, '杨'],
  [2.1, '黄赵吴周'],
  [1.2, '徐孙马朱胡郭何林高罗'],
  [0.7, '郑梁谢宋唐许韩邓冯曹彭曾'],
  [0.45, '肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚'],
  [0.27, '沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷'],
  [0.15, '龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文'],
  [0.08, '葛殷齐聂牛庞俞倪滕柳申涂岳伍颜关祝单骆安甘纪焦卜鲁柯路喻詹管翟柴蓝'],
  [0.01, '欧阳 司马 上官 诸葛 皇甫 慕容'],
];

/** Tiers of [weight, words] to weighted entries; words are split on spaces, or into characters. */
function weighted(tiers: readonly (readonly [number, string])[]): (readonly [string, number])[] {
  return tiers.flatMap(([weight, words]) =>
    (words.includes(' ') ? words.split(' ') : [...words]).map((word) => [word, weight] as const),
  );
}

export const surnameWeights = weighted(surnameTiers);

/** Characters of given names by sex and by the era a person was born in (names follow fashion). */
export const givenNameCharacters = {
  M: {
    elder: [...'建国华军明德福忠文平林生荣富贵强兴胜全庆祥卫东海山金成志光永发'],
    middle: [...'伟强磊军勇杰涛斌超鹏辉刚波亮飞明俊峰浩凯鑫健宇剑华林龙阳志新毅'],
    young: [...'子轩浩宇梓睿博文泽俊杰涵铭辰宸皓晨昊航一嘉锦奕逸承煜哲楷翔'],
  },
  F: {
    elder: [...'秀英兰珍桂芳凤玉华梅琴淑翠云霞莲菊萍娥香素红芬春金娟丽荣'],
    middle: [...'芳娜敏静丽艳娟霞燕玲婷颖琳雪倩莉慧洁红晶丹萍璐佳蓉梅瑶薇琼'],
    young: [...'子涵梓欣怡诗雨萱可馨思语佳琪悦若彤晗一诺依梦妍婉冰嘉雅桐瑶'],
  },
} as const;

/** Mobile prefixes in use (China Mobile, Unicom, Telecom), the older 13x/15x/18x ranges more common. */
export const mobilePrefixWeights = weighted([
  [3, '134 135 136 137 138 139 150 151 152 157 158 159'],
  [2, '130 131 132 133 153 155 156 182 183 185 186 187 188'],
  [1, '147 166 173 176 177 178 180 181 189 191 193 195 198 199'],
]);
