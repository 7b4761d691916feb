/** Word tables for the names of districts, streets, towns, communities, villages and compounds. */
const split = (words: string): readonly string[] => words.split(' ');

export const districtWords = split(
  '江滨 河西 雨湖 岚山 金霞 桂溪 麓山 青竹 云台 鹤岭 白沙 枫林 梅溪 松岗 潭口 临江 东湖 南岭 北塘 望湘 兴华 湘滨 银盆 洞庭',
);

export const countyWords = split('安平 永丰 清源 丰乐 湘源 桃川 宁安 崇德 云溪 石湾 乐安 沅丰');

/** Urban street names (街道) after roads, landmarks and old neighbourhoods. */
export const streetWords = split(
  '建设 解放 人民 和平 五一 东风 新华 朝阳 向阳 红旗 文化 光明 胜利 东塘 南湖 车站 中山 八一 长青 桂花 ' +
    '东岸 西湖 迎宾 望月 青园 金盆岭 侯家塘 城南 城北 城东 城西 新开铺 园艺 学院 月湖 洪山 马坡岭 火星 白鹤 ' +
    '湘湖 清水塘 东屯渡 荷花园 德政园 韭菜园 定王台 五里牌 左家塘',
);

/** First and second syllables of rural place names: 石桥, 桃花, 黄塘, 白沙. */
export const placeHeads = [...'桃白石清黄大高柳青枫杨龙金马鹤松莲荷桂新东西南北长双麻茶沙花梅竹云凤古官永兴安乐福'];
export const placeTails = [...'花石泉塘桥林山树江田湾岭坪溪河港铺湖洲口市陂冲坝坊源'];
export const placeMiddles = [...'泥土木水竹花鱼马牛鹅'];

/** Urban community names (社区) that do not follow the rural pattern. */
export const communityWords = split(
  '钟鼓岭 营盘 东园 新村 韭菜园 望月湖 桂花坪 枫树山 砂子塘 曙光 育英 友谊 新民 五里堆 白沙井 书院 ' +
    '文庙坪 天心阁 东瓜山 仰天湖 黄土岭 杨家山 荷花池 南门口 北正街 沙河 碧湘 西园 古道巷 红星',
);

export const compoundWords = split(
  '金桂 锦绣 阳光 翠微 和馨 书香 滨江 枫丹 紫薇 怡景 富康 祥和 银杏 香樟 观澜 润泽 春晓 华庭 东方 天悦 ' +
    '融城 万家 幸福 丽景 凯旋 御景 水岸 蓝湾 鑫源 盛世 泰和 名都 时代 新城 绿洲 芙蓉 湘府 明珠 嘉和 康桥',
);

/** Suffixes of compound names, repeated by how common they are. */
export const compoundSuffixes = split('小区 小区 小区 家园 家园 花园 花园 苑 公寓 新村 雅苑 名城 华府 嘉园 佳苑');

/** Old work-unit compounds (单位宿舍), still common in older districts. */
export const workUnitWords = split(
  '纺织厂 粮食局 电力局 铁路 机械厂 水泥厂 供销社 卫生局 教育局 自来水公司 邮电局 棉纺厂',
);

/** Clan names of villages and old neighbourhoods: 杨家湾, 李家冲. */
export const clanWords = [...'杨李张王刘陈黄赵周吴罗彭谭邓曾胡唐廖易谢'];
