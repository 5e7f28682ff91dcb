/* ter-region-data.c: China's 34 provincial-level units, the 50 US states and
 * the District of Columbia, and the two countries that hold them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-region-data"

#include "config.h"

#include "ter-region-data.h"

static const TerRegionSeed seeds[] = {
  { "CN", NULL, "China", "中国", NULL, "CN" },
  { "US", NULL, "United States", "美国", NULL, "US" },

  { "CN-BJ", "CN", "Beijing", "北京市", "北京", "Beijing" },
  { "CN-TJ", "CN", "Tianjin", "天津市", "天津", "Tianjin" },
  { "CN-HE", "CN", "Hebei", "河北省", "河北", "Hebei" },
  { "CN-SX", "CN", "Shanxi", "山西省", "山西", "Shanxi" },
  { "CN-NM", "CN", "Inner Mongolia", "内蒙古自治区", "内蒙古", "Nei Mongol" },
  { "CN-LN", "CN", "Liaoning", "辽宁省", "辽宁", "Liaoning" },
  { "CN-JL", "CN", "Jilin", "吉林省", "吉林", "Jilin" },
  { "CN-HL", "CN", "Heilongjiang", "黑龙江省", "黑龙江", "Heilongjiang" },
  { "CN-SH", "CN", "Shanghai", "上海市", "上海", "Shanghai" },
  { "CN-JS", "CN", "Jiangsu", "江苏省", "江苏", "Jiangsu" },
  { "CN-ZJ", "CN", "Zhejiang", "浙江省", "浙江", "Zhejiang" },
  { "CN-AH", "CN", "Anhui", "安徽省", "安徽", "Anhui" },
  { "CN-FJ", "CN", "Fujian", "福建省", "福建", "Fujian" },
  { "CN-JX", "CN", "Jiangxi", "江西省", "江西", "Jiangxi" },
  { "CN-SD", "CN", "Shandong", "山东省", "山东", "Shandong" },
  { "CN-HA", "CN", "Henan", "河南省", "河南", "Henan" },
  { "CN-HB", "CN", "Hubei", "湖北省", "湖北", "Hubei" },
  { "CN-HN", "CN", "Hunan", "湖南省", "湖南", "Hunan" },
  { "CN-GD", "CN", "Guangdong", "广东省", "广东", "Guangdong" },
  { "CN-GX", "CN", "Guangxi", "广西壮族自治区", "广西", "Guangxi Zhuangzu" },
  { "CN-HI", "CN", "Hainan", "海南省", "海南", "Hainan" },
  { "CN-CQ", "CN", "Chongqing", "重庆市", "重庆", "Chongqing" },
  { "CN-SC", "CN", "Sichuan", "四川省", "四川", "Sichuan" },
  { "CN-GZ", "CN", "Guizhou", "贵州省", "贵州", "Guizhou" },
  { "CN-YN", "CN", "Yunnan", "云南省", "云南", "Yunnan" },
  { "CN-XZ", "CN", "Tibet", "西藏自治区", "西藏", "Xizang" },
  { "CN-SN", "CN", "Shaanxi", "陕西省", "陕西", "Shaanxi" },
  { "CN-GS", "CN", "Gansu", "甘肃省", "甘肃", "Gansu" },
  { "CN-QH", "CN", "Qinghai", "青海省", "青海", "Qinghai" },
  { "CN-NX", "CN", "Ningxia", "宁夏回族自治区", "宁夏", "Ningxia Huizu" },
  { "CN-XJ", "CN", "Xinjiang", "新疆维吾尔自治区", "新疆", "Xinjiang Uygur" },
  { "CN-HK", "CN", "Hong Kong", "香港特别行政区", "香港", "Xianggang" },
  { "CN-MO", "CN", "Macao", "澳门特别行政区", "澳门", "Aomen" },
  { "CN-TW", "CN", "Taiwan", "台湾省", "台湾", "Taiwan" },

  { "US-AL", "US", "Alabama", "亚拉巴马州", "亚拉巴马", "AL" },
  { "US-AK", "US", "Alaska", "阿拉斯加州", "阿拉斯加", "AK" },
  { "US-AZ", "US", "Arizona", "亚利桑那州", "亚利桑那", "AZ" },
  { "US-AR", "US", "Arkansas", "阿肯色州", "阿肯色", "AR" },
  { "US-CA", "US", "California", "加利福尼亚州", "加州", "CA" },
  { "US-CO", "US", "Colorado", "科罗拉多州", "科罗拉多", "CO" },
  { "US-CT", "US", "Connecticut", "康涅狄格州", "康涅狄格", "CT" },
  { "US-DE", "US", "Delaware", "特拉华州", "特拉华", "DE" },
  { "US-DC", "US", "District of Columbia", "哥伦比亚特区", "华盛顿特区", "DC" },
  { "US-FL", "US", "Florida", "佛罗里达州", "佛罗里达", "FL" },
  { "US-GA", "US", "Georgia", "佐治亚州", "佐治亚", "GA" },
  { "US-HI", "US", "Hawaii", "夏威夷州", "夏威夷", "HI" },
  { "US-ID", "US", "Idaho", "爱达荷州", "爱达荷", "ID" },
  { "US-IL", "US", "Illinois", "伊利诺伊州", "伊利诺伊", "IL" },
  { "US-IN", "US", "Indiana", "印第安纳州", "印第安纳", "IN" },
  { "US-IA", "US", "Iowa", "艾奥瓦州", "艾奥瓦", "IA" },
  { "US-KS", "US", "Kansas", "堪萨斯州", "堪萨斯", "KS" },
  { "US-KY", "US", "Kentucky", "肯塔基州", "肯塔基", "KY" },
  { "US-LA", "US", "Louisiana", "路易斯安那州", "路易斯安那", "LA" },
  { "US-ME", "US", "Maine", "缅因州", "缅因", "ME" },
  { "US-MD", "US", "Maryland", "马里兰州", "马里兰", "MD" },
  { "US-MA", "US", "Massachusetts", "马萨诸塞州", "马萨诸塞", "MA" },
  { "US-MI", "US", "Michigan", "密歇根州", "密歇根", "MI" },
  { "US-MN", "US", "Minnesota", "明尼苏达州", "明尼苏达", "MN" },
  { "US-MS", "US", "Mississippi", "密西西比州", "密西西比", "MS" },
  { "US-MO", "US", "Missouri", "密苏里州", "密苏里", "MO" },
  { "US-MT", "US", "Montana", "蒙大拿州", "蒙大拿", "MT" },
  { "US-NE", "US", "Nebraska", "内布拉斯加州", "内布拉斯加", "NE" },
  { "US-NV", "US", "Nevada", "内华达州", "内华达", "NV" },
  { "US-NH", "US", "New Hampshire", "新罕布什尔州", "新罕布什尔", "NH" },
  { "US-NJ", "US", "New Jersey", "新泽西州", "新泽西", "NJ" },
  { "US-NM", "US", "New Mexico", "新墨西哥州", "新墨西哥", "NM" },
  { "US-NY", "US", "New York", "纽约州", "纽约", "NY" },
  { "US-NC", "US", "North Carolina", "北卡罗来纳州", "北卡罗来纳", "NC" },
  { "US-ND", "US", "North Dakota", "北达科他州", "北达科他", "ND" },
  { "US-OH", "US", "Ohio", "俄亥俄州", "俄亥俄", "OH" },
  { "US-OK", "US", "Oklahoma", "俄克拉何马州", "俄克拉何马", "OK" },
  { "US-OR", "US", "Oregon", "俄勒冈州", "俄勒冈", "OR" },
  { "US-PA", "US", "Pennsylvania", "宾夕法尼亚州", "宾夕法尼亚", "PA" },
  { "US-RI", "US", "Rhode Island", "罗得岛州", "罗得岛", "RI" },
  { "US-SC", "US", "South Carolina", "南卡罗来纳州", "南卡罗来纳", "SC" },
  { "US-SD", "US", "South Dakota", "南达科他州", "南达科他", "SD" },
  { "US-TN", "US", "Tennessee", "田纳西州", "田纳西", "TN" },
  { "US-TX", "US", "Texas", "得克萨斯州", "得州", "TX" },
  { "US-UT", "US", "Utah", "犹他州", "犹他", "UT" },
  { "US-VT", "US", "Vermont", "佛蒙特州", "佛蒙特", "VT" },
  { "US-VA", "US", "Virginia", "弗吉尼亚州", "弗吉尼亚", "VA" },
  { "US-WA", "US", "Washington", "华盛顿州", "华盛顿", "WA" },
  { "US-WV", "US", "West Virginia", "西弗吉尼亚州", "西弗吉尼亚", "WV" },
  { "US-WI", "US", "Wisconsin", "威斯康星州", "威斯康星", "WI" },
  { "US-WY", "US", "Wyoming", "怀俄明州", "怀俄明", "WY" },
};

const TerRegionSeed *
ter_region_seeds (guint *n_seeds)
{
  *n_seeds = G_N_ELEMENTS (seeds);
  return seeds;
}
