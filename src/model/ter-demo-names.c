/* ter-demo-names.c: the tables behind the demo company, and its sales
 * calendar: which days are busy for whom.
 *
 * Weights are the size of each economy (2023 GDP: 100 million yuan in
 * China, billion dollars in the US), so they only compare within a market.
 * Everything here is generated data, not user interface, and stays
 * untranslated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "ter-demo"

#include "config.h"

#include "ter-demo-names.h"

/* Random numbers */

static guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

void
ter_demo_rng_init (TerDemoRng *rng,
                   guint64     seed)
{
  guint64 state = seed;

  for (guint i = 0; i < G_N_ELEMENTS (rng->s); i++)
    rng->s[i] = splitmix64 (&state);
}

/* Sales regions and province-level territories */

static const TerDemoGroup groups[] = {
  { "North China", "华北", TER_DEMO_CN, 0, 0 },
  { "Northeast", "东北", TER_DEMO_CN, -3, -32 },
  { "East China", "华东", TER_DEMO_CN, 2, 0 },
  { "Central China", "华中", TER_DEMO_CN, 3, 0 },
  { "South China", "华南", TER_DEMO_CN, 4, 0 },
  { "Southwest", "西南", TER_DEMO_CN, 6, 0 },
  { "Northwest", "西北", TER_DEMO_CN, 2, 0 },
  { "West", "西部", TER_DEMO_US, 2, 0 },
  { "Central", "中部", TER_DEMO_US, -2, -25 },
  { "East", "东部", TER_DEMO_US, 0, 0 },
  { "South", "南部", TER_DEMO_US, 5, 0 },
};

enum {
  NORTH, NORTHEAST, EAST_CN, CENTRAL_CN, SOUTH_CN, SOUTHWEST, NORTHWEST,
  WEST, CENTRAL, EAST, SOUTH,
};

static const TerDemoLeaf leaves[] = {
  { "Beijing", "北京", NORTH },
  { "Tianjin", "天津", NORTH },
  { "Hebei", "河北", NORTH },
  { "Shanxi", "山西", NORTH },
  { "Inner Mongolia", "内蒙古", NORTH },
  { "Liaoning", "辽宁", NORTHEAST },
  { "Jilin", "吉林", NORTHEAST },
  { "Heilongjiang", "黑龙江", NORTHEAST },
  { "Shanghai", "上海", EAST_CN },
  { "Jiangsu", "江苏", EAST_CN },
  { "Zhejiang", "浙江", EAST_CN },
  { "Anhui", "安徽", EAST_CN },
  { "Fujian", "福建", EAST_CN },
  { "Jiangxi", "江西", EAST_CN },
  { "Shandong", "山东", EAST_CN },
  { "Henan", "河南", CENTRAL_CN },
  { "Hubei", "湖北", CENTRAL_CN },
  { "Hunan", "湖南", CENTRAL_CN },
  { "Guangdong", "广东", SOUTH_CN },
  { "Guangxi", "广西", SOUTH_CN },
  { "Hainan", "海南", SOUTH_CN },
  { "Chongqing", "重庆", SOUTHWEST },
  { "Sichuan", "四川", SOUTHWEST },
  { "Guizhou", "贵州", SOUTHWEST },
  { "Yunnan", "云南", SOUTHWEST },
  { "Tibet", "西藏", SOUTHWEST },
  { "Shaanxi", "陕西", NORTHWEST },
  { "Gansu", "甘肃", NORTHWEST },
  { "Qinghai", "青海", NORTHWEST },
  { "Ningxia", "宁夏", NORTHWEST },
  { "Xinjiang", "新疆", NORTHWEST },

  { "California", "加州", WEST },
  { "Pacific", "太平洋区", WEST },
  { "Desert Southwest", "西南沙漠区", WEST },
  { "Rocky Mountains", "落基山区", WEST },
  { "Great Lakes West", "五大湖西区", CENTRAL },
  { "Great Lakes East", "五大湖东区", CENTRAL },
  { "Upper Midwest", "中西部北区", CENTRAL },
  { "Plains", "大平原区", CENTRAL },
  { "New York", "纽约", EAST },
  { "New Jersey", "新泽西", EAST },
  { "Mid-Atlantic", "中大西洋区", EAST },
  { "New England", "新英格兰", EAST },
  { "Capital", "首都区", EAST },
  { "Texas", "得州", SOUTH },
  { "Florida", "佛罗里达", SOUTH },
  { "Southeast", "东南区", SOUTH },
  { "Gulf Coast", "墨西哥湾区", SOUTH },
  { "Mid-South", "中南区", SOUTH },
};

enum {
  US_CA = 31, US_PACIFIC, US_DESERT, US_ROCKIES, US_LAKES_W, US_LAKES_E,
  US_UPPER_MW, US_PLAINS, US_NY, US_NJ, US_MID_ATL, US_NEW_ENGLAND,
  US_CAPITAL, US_TX, US_FL, US_SOUTHEAST, US_GULF, US_MID_SOUTH,
};

static const TerDemoArea areas[] = {
  { "CN-BJ", 0, 4376, "010", { "北京" } },
  { "CN-TJ", 1, 1674, "022", { "天津" } },
  { "CN-HE", 2, 4394, "0311", { "石家庄", "唐山", "保定", "邯郸", "廊坊" } },
  { "CN-SX", 3, 2570, "0351", { "太原", "大同", "长治", "运城" } },
  { "CN-NM", 4, 2463, "0471", { "呼和浩特", "包头", "鄂尔多斯", "赤峰" } },
  { "CN-LN", 5, 3021, "024", { "沈阳", "大连", "鞍山", "锦州" } },
  { "CN-JL", 6, 1353, "0431", { "长春", "吉林", "四平" } },
  { "CN-HL", 7, 1588, "0451", { "哈尔滨", "大庆", "齐齐哈尔", "牡丹江" } },
  { "CN-SH", 8, 4721, "021", { "上海" } },
  { "CN-JS", 9, 12822, "025", { "南京", "苏州", "无锡", "常州", "南通" } },
  { "CN-ZJ", 10, 8255, "0571", { "杭州", "宁波", "温州", "绍兴", "金华" } },
  { "CN-AH", 11, 4712, "0551", { "合肥", "芜湖", "蚌埠", "安庆" } },
  { "CN-FJ", 12, 5436, "0591", { "福州", "厦门", "泉州", "漳州" } },
  { "CN-JX", 13, 3220, "0791", { "南昌", "赣州", "九江", "上饶" } },
  { "CN-SD", 14, 9207, "0531", { "济南", "青岛", "烟台", "潍坊", "临沂" } },
  { "CN-HA", 15, 5913, "0371", { "郑州", "洛阳", "南阳", "新乡" } },
  { "CN-HB", 16, 5580, "027", { "武汉", "宜昌", "襄阳", "荆州" } },
  { "CN-HN", 17, 5000, "0731", { "长沙", "株洲", "衡阳", "岳阳" } },
  { "CN-GD", 18, 13567, "020", { "广州", "深圳", "东莞", "佛山", "珠海" } },
  { "CN-GX", 19, 2720, "0771", { "南宁", "柳州", "桂林" } },
  { "CN-HI", 20, 755, "0898", { "海口", "三亚" } },
  { "CN-CQ", 21, 3015, "023", { "重庆" } },
  { "CN-SC", 22, 6013, "028", { "成都", "绵阳", "德阳", "宜宾" } },
  { "CN-GZ", 23, 2091, "0851", { "贵阳", "遵义", "六盘水" } },
  { "CN-YN", 24, 3002, "0871", { "昆明", "曲靖", "大理", "玉溪" } },
  { "CN-XZ", 25, 239, "0891", { "拉萨", "日喀则" } },
  { "CN-SN", 26, 3379, "029", { "西安", "宝鸡", "咸阳", "榆林" } },
  { "CN-GS", 27, 1186, "0931", { "兰州", "天水", "酒泉" } },
  { "CN-QH", 28, 380, "0971", { "西宁", "海东" } },
  { "CN-NX", 29, 531, "0951", { "银川", "石嘴山" } },
  { "CN-XJ", 30, 1913, "0991", { "乌鲁木齐", "克拉玛依", "喀什", "库尔勒" } },

  { "US-AL", US_GULF, 290, "205", { "Birmingham", "Montgomery", "Huntsville", "Mobile" } },
  { "US-AK", US_PACIFIC, 65, "907", { "Anchorage", "Fairbanks", "Juneau" } },
  { "US-AZ", US_DESERT, 520, "602", { "Phoenix", "Tucson", "Mesa", "Scottsdale" } },
  { "US-AR", US_MID_SOUTH, 170, "501", { "Little Rock", "Fayetteville", "Fort Smith" } },
  { "US-CA", US_CA, 3870, "213", { "Los Angeles", "San Francisco", "San Diego", "San Jose", "Sacramento" } },
  { "US-CO", US_ROCKIES, 530, "303", { "Denver", "Colorado Springs", "Boulder", "Fort Collins" } },
  { "US-CT", US_NEW_ENGLAND, 330, "203", { "Hartford", "New Haven", "Stamford" } },
  { "US-DE", US_MID_ATL, 95, "302", { "Wilmington", "Dover", "Newark" } },
  { "US-DC", US_CAPITAL, 170, "202", { "Washington" } },
  { "US-FL", US_FL, 1580, "305", { "Miami", "Orlando", "Tampa", "Jacksonville" } },
  { "US-GA", US_SOUTHEAST, 800, "404", { "Atlanta", "Savannah", "Augusta" } },
  { "US-HI", US_PACIFIC, 110, "808", { "Honolulu", "Hilo" } },
  { "US-ID", US_ROCKIES, 110, "208", { "Boise", "Idaho Falls" } },
  { "US-IL", US_LAKES_W, 1030, "312", { "Chicago", "Naperville", "Springfield", "Peoria" } },
  { "US-IN", US_LAKES_W, 490, "317", { "Indianapolis", "Fort Wayne", "Evansville" } },
  { "US-IA", US_UPPER_MW, 240, "515", { "Des Moines", "Cedar Rapids", "Davenport" } },
  { "US-KS", US_PLAINS, 220, "316", { "Wichita", "Overland Park", "Topeka" } },
  { "US-KY", US_MID_SOUTH, 270, "502", { "Louisville", "Lexington", "Bowling Green" } },
  { "US-LA", US_GULF, 300, "504", { "New Orleans", "Baton Rouge", "Shreveport" } },
  { "US-ME", US_NEW_ENGLAND, 90, "207", { "Portland", "Bangor" } },
  { "US-MD", US_CAPITAL, 500, "410", { "Baltimore", "Rockville", "Annapolis" } },
  { "US-MA", US_NEW_ENGLAND, 730, "617", { "Boston", "Worcester", "Cambridge", "Springfield" } },
  { "US-MI", US_LAKES_E, 690, "313", { "Detroit", "Grand Rapids", "Ann Arbor", "Lansing" } },
  { "US-MN", US_UPPER_MW, 460, "612", { "Minneapolis", "Saint Paul", "Rochester" } },
  { "US-MS", US_GULF, 150, "601", { "Jackson", "Gulfport", "Hattiesburg" } },
  { "US-MO", US_PLAINS, 420, "314", { "St. Louis", "Kansas City", "Springfield" } },
  { "US-MT", US_ROCKIES, 70, "406", { "Billings", "Missoula", "Bozeman" } },
  { "US-NE", US_PLAINS, 170, "402", { "Omaha", "Lincoln" } },
  { "US-NV", US_DESERT, 240, "702", { "Las Vegas", "Reno", "Henderson" } },
  { "US-NH", US_NEW_ENGLAND, 110, "603", { "Manchester", "Nashua", "Concord" } },
  { "US-NJ", US_NJ, 810, "201", { "Newark", "Jersey City", "Princeton", "Trenton" } },
  { "US-NM", US_DESERT, 130, "505", { "Albuquerque", "Santa Fe", "Las Cruces" } },
  { "US-NY", US_NY, 2280, "212", { "New York", "Buffalo", "Rochester", "Albany", "Syracuse" } },
  { "US-NC", US_SOUTHEAST, 790, "704", { "Charlotte", "Raleigh", "Greensboro", "Durham" } },
  { "US-ND", US_UPPER_MW, 70, "701", { "Fargo", "Bismarck" } },
  { "US-OH", US_LAKES_E, 880, "614", { "Columbus", "Cleveland", "Cincinnati", "Toledo" } },
  { "US-OK", US_MID_SOUTH, 250, "405", { "Oklahoma City", "Tulsa", "Norman" } },
  { "US-OR", US_PACIFIC, 300, "503", { "Portland", "Eugene", "Salem" } },
  { "US-PA", US_MID_ATL, 960, "215", { "Philadelphia", "Pittsburgh", "Harrisburg", "Allentown" } },
  { "US-RI", US_NEW_ENGLAND, 75, "401", { "Providence", "Warwick" } },
  { "US-SC", US_SOUTHEAST, 310, "803", { "Columbia", "Charleston", "Greenville" } },
  { "US-SD", US_UPPER_MW, 70, "605", { "Sioux Falls", "Rapid City" } },
  { "US-TN", US_MID_SOUTH, 520, "615", { "Nashville", "Memphis", "Knoxville", "Chattanooga" } },
  { "US-TX", US_TX, 2560, "214", { "Houston", "Dallas", "Austin", "San Antonio", "Fort Worth" } },
  { "US-UT", US_ROCKIES, 270, "801", { "Salt Lake City", "Provo", "Ogden" } },
  { "US-VT", US_NEW_ENGLAND, 45, "802", { "Burlington", "Montpelier" } },
  { "US-VA", US_CAPITAL, 710, "703", { "Arlington", "Richmond", "Virginia Beach", "Norfolk" } },
  { "US-WA", US_PACIFIC, 800, "206", { "Seattle", "Bellevue", "Spokane", "Tacoma" } },
  { "US-WV", US_CAPITAL, 100, "304", { "Charleston", "Morgantown", "Huntington" } },
  { "US-WI", US_LAKES_W, 410, "414", { "Milwaukee", "Madison", "Green Bay" } },
  { "US-WY", US_ROCKIES, 50, "307", { "Cheyenne", "Casper" } },
};

/* Halfway through the span Kentucky joins the Ohio valley and Nevada the
 * California team: exactly the redrawing that effective dates record. */
static const TerDemoMove moves[] = {
  { "US-KY", US_LAKES_E },
  { "US-NV", US_CA },
};

const TerDemoGroup *
ter_demo_groups (guint *n_groups)
{
  *n_groups = G_N_ELEMENTS (groups);
  return groups;
}

const TerDemoLeaf *
ter_demo_leaves (guint *n_leaves)
{
  *n_leaves = G_N_ELEMENTS (leaves);
  return leaves;
}

const TerDemoArea *
ter_demo_areas (guint *n_areas)
{
  *n_areas = G_N_ELEMENTS (areas);
  return areas;
}

const TerDemoMove *
ter_demo_moves (guint *n_moves)
{
  *n_moves = G_N_ELEMENTS (moves);
  return moves;
}

/* Channels */

static const TerChannelRecord channels[] = {
  { "WEB", "Web Shop", "官方商城", TER_CHANNEL_WEB_SHOP },
  { "TMALL", "Tmall", "天猫", TER_CHANNEL_MARKETPLACE },
  { "JD", "JD.com", "京东", TER_CHANNEL_MARKETPLACE },
  { "AMAZON", "Amazon", "亚马逊", TER_CHANNEL_MARKETPLACE },
  { "DIST", "Distributors", "经销商", TER_CHANNEL_DISTRIBUTOR },
  { "DIRECT", "Direct Sales", "直销", TER_CHANNEL_DIRECT },
};

G_STATIC_ASSERT (G_N_ELEMENTS (channels) == TER_DEMO_N_CHANNELS);

const TerChannelRecord *
ter_demo_channels (guint *n_channels)
{
  *n_channels = G_N_ELEMENTS (channels);
  return channels;
}

/* The catalogue */

static const TerDemoCategory categories[] = {
  { "KA", "Kitchen Appliances", "厨房电器" },
  { "FC", "Floor Care", "清洁电器" },
  { "AC", "Air & Climate", "环境电器" },
  { "SH", "Smart Home", "智能家居" },
  { "PC", "Personal Care", "个护电器" },
  { "AX", "Accessories", "配件耗材" },
};

#define S_NONE TER_DEMO_SEASON_NONE
#define S_SUMMER TER_DEMO_SEASON_SUMMER
#define S_WINTER TER_DEMO_SEASON_WINTER
#define S_RAINY TER_DEMO_SEASON_RAINY

static const TerDemoSubcategory subcategories[] = {
  { 0, "AF", "Air Fryers", "空气炸锅", "Air Fryer", "空气炸锅", 89, { 100, 100 }, S_NONE,
    { "4 L", "5.5 L", "6.5 L" }, { "4升", "5.5升", "6.5升" } },
  { 0, "RC", "Rice Cookers", "电饭煲", "Rice Cooker", "电饭煲", 79, { 110, 25 }, S_NONE,
    { "3 L", "4 L", "5 L" }, { "3升", "4升", "5升" } },
  { 0, "BL", "Blenders", "破壁机", "Blender", "破壁机", 99, { 70, 60 }, S_NONE,
    { "1.2 L", "1.75 L" }, { "1.2升", "1.75升" } },
  { 0, "KT", "Electric Kettles", "电热水壶", "Electric Kettle", "电热水壶", 39, { 80, 55 }, S_NONE,
    { "1.5 L", "1.7 L" }, { "1.5升", "1.7升" } },
  { 0, "CM", "Coffee Makers", "咖啡机", "Coffee Maker", "咖啡机", 149, { 30, 90 }, S_NONE,
    { "Drip", "Espresso", "Capsule" }, { "滴滤式", "意式", "胶囊式" } },

  { 1, "RV", "Robot Vacuums", "扫地机器人", "Robot Vacuum", "扫地机器人", 399, { 100, 90 }, S_NONE,
    { "Standard", "Self-Emptying", "Mop Combo" }, { "标准版", "自集尘版", "扫拖一体版" } },
  { 1, "SV", "Cordless Vacuums", "无线吸尘器", "Cordless Vacuum", "无线吸尘器", 249, { 70, 80 }, S_NONE,
    { "Standard", "Pet", "Long Life" }, { "标准版", "宠物版", "长续航版" } },
  { 1, "FW", "Wet-Dry Floor Cleaners", "洗地机", "Wet-Dry Cleaner", "洗地机", 329, { 85, 40 }, S_NONE,
    { "Standard", "Self-Cleaning" }, { "标准版", "自清洁版" } },
  { 1, "WR", "Window Robots", "擦窗机器人", "Window Robot", "擦窗机器人", 279, { 30, 15 }, S_NONE,
    { "Square", "Round" }, { "方形", "圆形" } },

  { 2, "AP", "Air Purifiers", "空气净化器", "Air Purifier", "空气净化器", 199, { 90, 70 }, S_WINTER,
    { "CADR 300", "CADR 450", "CADR 600" }, { "CADR 300", "CADR 450", "CADR 600" } },
  { 2, "HU", "Humidifiers", "加湿器", "Humidifier", "加湿器", 59, { 60, 50 }, S_WINTER,
    { "3 L", "5 L" }, { "3升", "5升" } },
  { 2, "DH", "Dehumidifiers", "除湿机", "Dehumidifier", "除湿机", 229, { 55, 40 }, S_RAINY,
    { "12 L/day", "20 L/day", "30 L/day" }, { "12升/天", "20升/天", "30升/天" } },
  { 2, "FN", "Smart Fans", "电风扇", "Smart Fan", "智能风扇", 79, { 80, 60 }, S_SUMMER,
    { "Tower", "Pedestal", "Desk" }, { "塔扇", "落地扇", "台扇" } },
  { 2, "HT", "Space Heaters", "取暖器", "Space Heater", "取暖器", 99, { 60, 60 }, S_WINTER,
    { "1500 W", "2200 W" }, { "1500瓦", "2200瓦" } },

  { 3, "SL", "Smart Locks", "智能门锁", "Smart Lock", "智能门锁", 229, { 100, 60 }, S_NONE,
    { "Fingerprint", "Face ID", "Palm Vein" }, { "指纹版", "人脸识别版", "掌静脉版" } },
  { 3, "CA", "Security Cameras", "智能摄像头", "Security Camera", "智能摄像头", 69, { 80, 90 }, S_NONE,
    { "Indoor", "Outdoor", "Doorbell" }, { "室内款", "室外款", "可视门铃款" } },
  { 3, "SP", "Smart Plugs", "智能插座", "Smart Plug", "智能插座", 19, { 60, 80 }, S_NONE,
    { "Single", "4-Pack" }, { "单只装", "四只装" } },
  { 3, "SE", "Hubs & Sensors", "网关与传感器", "Sensor Kit", "传感器套装", 59, { 50, 60 }, S_NONE,
    { "Starter", "Security", "Climate" }, { "入门套装", "安防套装", "温湿度套装" } },
  { 3, "LT", "Smart Lighting", "智能照明", "Smart Light", "智能灯", 29, { 70, 70 }, S_NONE,
    { "Bulb", "Light Strip", "Ceiling Light" }, { "灯泡", "灯带", "吸顶灯" } },

  { 4, "HD", "Hair Dryers", "吹风机", "Hair Dryer", "吹风机", 79, { 90, 70 }, S_NONE,
    { "Compact", "High-Speed" }, { "便携款", "高速款" } },
  { 4, "SR", "Shavers", "剃须刀", "Shaver", "剃须刀", 69, { 70, 60 }, S_NONE,
    { "Rotary", "Foil" }, { "旋转式", "往复式" } },
  { 4, "TB", "Electric Toothbrushes", "电动牙刷", "Electric Toothbrush", "电动牙刷", 49, { 80, 70 }, S_NONE,
    { "Sonic", "Kids" }, { "声波款", "儿童款" } },
  { 4, "MG", "Massagers", "按摩器", "Massager", "按摩仪", 99, { 60, 50 }, S_NONE,
    { "Neck", "Massage Gun", "Eye" }, { "颈部款", "筋膜枪", "眼部款" } },

  { 5, "FL", "Filters", "滤网滤芯", "Replacement Filter", "替换滤芯", 25, { 80, 80 }, S_NONE,
    { "HEPA H13", "Carbon", "Water" }, { "HEPA H13", "活性炭", "净水" } },
  { 5, "BR", "Brushes & Mop Pads", "刷头与拖布", "Brush Set", "刷头套装", 19, { 70, 70 }, S_NONE,
    { "Robot Vacuum", "Toothbrush", "Mop Pads" }, { "扫地机用", "牙刷用", "拖布" } },
  { 5, "BT", "Batteries & Chargers", "电池与充电器", "Battery Pack", "电池组", 39, { 40, 50 }, S_NONE,
    { "2500 mAh", "4000 mAh" }, { "2500毫安时", "4000毫安时" } },
  { 5, "CS", "Cleaning Solutions", "清洁液", "Floor Cleaning Solution", "地面清洁液", 12, { 50, 40 }, S_NONE,
    { "1 L", "2 L" }, { "1升", "2升" } },
};

static const TerDemoSeries series[] = {
  { "Mini", 0.70 }, { "Lite", 0.75 }, { "Air", 0.90 }, { "Neo", 1.00 }, { "S2", 1.05 },
  { "Plus", 1.15 }, { "X1", 1.25 }, { "Pro", 1.35 }, { "Max", 1.50 }, { "Ultra", 1.80 },
};

const TerDemoCategory *
ter_demo_categories (guint *n_categories)
{
  *n_categories = G_N_ELEMENTS (categories);
  return categories;
}

const TerDemoSubcategory *
ter_demo_subcategories (guint *n_subcategories)
{
  *n_subcategories = G_N_ELEMENTS (subcategories);
  return subcategories;
}

const TerDemoSeries *
ter_demo_series (guint *n_series)
{
  *n_series = G_N_ELEMENTS (series);
  return series;
}

double
ter_demo_season_factor (TerDemoSeason season,
                        int           month)
{
  static const double summer[] = { 0.3, 0.3, 0.5, 0.9, 1.5, 2.2, 2.5, 2.0, 1.0, 0.5, 0.3, 0.3 };
  static const double winter[] = { 2.0, 1.6, 1.1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.7, 1.2, 1.8, 2.2 };
  static const double rainy[] = { 0.5, 0.6, 0.9, 1.3, 1.8, 2.2, 1.8, 1.3, 0.9, 0.6, 0.5, 0.5 };

  g_return_val_if_fail (month >= 1 && month <= 12, 1.0);

  switch (season)
    {
    case TER_DEMO_SEASON_SUMMER:
      return summer[month - 1];
    case TER_DEMO_SEASON_WINTER:
      return winter[month - 1];
    case TER_DEMO_SEASON_RAINY:
      return rainy[month - 1];
    case TER_DEMO_SEASON_NONE:
    default:
      return 1.0;
    }
}

/* The calendar */

gboolean
ter_demo_spring_festival (int    year,
                          GDate *out)
{
  /* Month and day of the first day of the lunar year, 2015 to 2035. */
  static const guint8 days[][2] = {
    { 2, 19 }, { 2, 8 }, { 1, 28 }, { 2, 16 }, { 2, 5 },
    { 1, 25 }, { 2, 12 }, { 2, 1 }, { 1, 22 }, { 2, 10 },
    { 1, 29 }, { 2, 17 }, { 2, 6 }, { 1, 26 }, { 2, 13 },
    { 2, 3 }, { 1, 23 }, { 2, 11 }, { 1, 31 }, { 2, 19 },
    { 2, 8 },
  };
  const int first_year = 2015;

  if (year < first_year || year >= first_year + (int) G_N_ELEMENTS (days))
    return FALSE;

  g_date_clear (out, 1);
  g_date_set_dmy (out, days[year - first_year][1], days[year - first_year][0], year);
  return TRUE;
}

static int
cny_offset (const GDate *date)
{
  int year = g_date_get_year (date);
  int best = 999;

  for (int y = year - 1; y <= year + 1; y++)
    {
      GDate festival;
      int offset;

      if (!ter_demo_spring_festival (y, &festival))
        continue;
      offset = (int) g_date_get_julian (date) - (int) g_date_get_julian (&festival);
      if (ABS (offset) < ABS (best))
        best = offset;
    }

  return best;
}

/* The n-th `weekday` of a month (n = 1, 2 …), or its last one for n = 0. */
static guint32
nth_weekday (int          year,
             int          month,
             GDateWeekday weekday,
             int          n)
{
  GDate date;

  g_date_clear (&date, 1);
  if (n > 0)
    {
      g_date_set_dmy (&date, 1, month, year);
      while (g_date_get_weekday (&date) != weekday)
        g_date_add_days (&date, 1);
      g_date_add_days (&date, 7 * (n - 1));
    }
  else
    {
      g_date_set_dmy (&date, g_date_get_days_in_month (month, year), month, year);
      while (g_date_get_weekday (&date) != weekday)
        g_date_subtract_days (&date, 1);
    }

  return g_date_get_julian (&date);
}

static TerDemoEvent
us_event (const TerDemoDay *day,
          guint32           julian)
{
  guint32 prime;

  if (day->month == 5 && julian == nth_weekday (day->year, 5, G_DATE_MONDAY, 0))
    return TER_DEMO_EVENT_MEMORIAL;
  if (day->month == 7 && day->mday == 4)
    return TER_DEMO_EVENT_JULY_4;
  if (day->month == 9 && julian == nth_weekday (day->year, 9, G_DATE_MONDAY, 1))
    return TER_DEMO_EVENT_LABOR;

  /* Prime Day: two days in mid-July, from the second Tuesday. */
  prime = nth_weekday (day->year, 7, G_DATE_TUESDAY, 2);
  if (day->month == 7 && (julian == prime || julian == prime + 1))
    return TER_DEMO_EVENT_PRIME;

  return TER_DEMO_EVENT_NONE;
}

void
ter_demo_day_init (TerDemoDay  *day,
                   const GDate *date)
{
  guint32 julian = g_date_get_julian (date);

  day->year = g_date_get_year (date);
  day->month = g_date_get_month (date);
  day->mday = g_date_get_day (date);
  day->weekday = g_date_get_weekday (date);
  day->month_index = 0;
  day->cny_offset = cny_offset (date);
  day->tg_offset = (int) julian - (int) nth_weekday (day->year, 11, G_DATE_THURSDAY, 4);
  day->us_event = us_event (day, julian);
  g_snprintf (day->text, sizeof day->text, "%04d-%02d-%02d", day->year, day->month, day->mday);
}

static double
weekday_factor (const TerDemoDay *day,
                TerDemoMarket     market,
                TerCustomerType   type)
{
  /* Indexed by GDateWeekday, Monday = 1. Businesses order on workdays;
   * Chinese shoppers buy at the weekend, American ones on Sunday and
   * Monday. */
  static const double business[] = { 0, 1.05, 1.1, 1.1, 1.05, 1.0, 0.35, 0.15 };
  static const double cn_online[] = { 0, 0.95, 0.95, 0.95, 1.0, 1.05, 1.2, 1.15 };
  static const double us_online[] = { 0, 1.1, 1.0, 1.0, 1.0, 0.95, 0.9, 1.1 };

  if (type != TER_CUSTOMER_ONLINE)
    return business[day->weekday];
  return market == TER_DEMO_CN ? cn_online[day->weekday] : us_online[day->weekday];
}

/* Trade customers push volume in the last days of a quarter. */
static double
quarter_end_factor (const TerDemoDay *day,
                    TerCustomerType   type)
{
  if (type == TER_CUSTOMER_ONLINE || type == TER_CUSTOMER_RETAILER)
    return 1.0;
  return day->month % 3 == 0 && day->mday >= 20 ? 1.3 : 1.0;
}

static double
cn_holiday_factor (const TerDemoDay *day,
                   TerCustomerType   type)
{
  gboolean online = type == TER_CUSTOMER_ONLINE;
  gboolean trade = type == TER_CUSTOMER_DISTRIBUTOR || type == TER_CUSTOMER_DEALER;
  int offset = day->cny_offset;

  /* The Spring Festival stops business for about two weeks, and the
   * trade stocks up in the month before it. */
  if (offset >= -3 && offset <= 6)
    return online ? 0.35 : 0.08;
  if (offset >= -7 && offset <= 10)
    return online ? 0.6 : 0.35;
  if (offset >= -35 && offset < -7)
    return trade ? 1.4 : 1.15;
  if (day->month == 10 && day->mday <= 7)
    return online ? 1.1 : 0.3;
  if (day->month == 5 && day->mday <= 5)
    return online ? 1.1 : 0.5;
  return 1.0;
}

/* 618 and Double Eleven on the Chinese online channels, and the run-up to
 * the school year. */
static double
cn_festival_factor (const TerDemoDay *day)
{
  if (day->month == 6 && day->mday <= 18)
    return day->mday == 18 ? 4.0 : day->mday >= 16 ? 2.5 : 1.5;
  if (day->month == 11 && day->mday <= 12)
    return day->mday == 11 ? 6.0 : day->mday == 12 ? 1.2 : 1.6;
  if (day->month == 10 && day->mday == 31)
    return 1.6;
  if ((day->month == 8 && day->mday >= 15) || (day->month == 9 && day->mday <= 10))
    return 1.15;
  return 1.0;
}

static double
us_event_factor (const TerDemoDay *day,
                 gboolean          online,
                 gboolean          retail)
{
  switch (day->us_event)
    {
    case TER_DEMO_EVENT_MEMORIAL:
    case TER_DEMO_EVENT_LABOR:
      return online ? 1.4 : 0.1;
    case TER_DEMO_EVENT_JULY_4:
      return online ? 0.9 : 0.1;
    case TER_DEMO_EVENT_PRIME:
      return online ? 2.5 : 1.0;
    case TER_DEMO_EVENT_NONE:
    default:
      break;
    }

  /* Back to school, and the quiet January after the holidays. */
  if (retail && ((day->month == 7 && day->mday >= 20) || day->month == 8
                 || (day->month == 9 && day->mday <= 5)))
    return 1.15;
  if (online && day->month == 1)
    return 0.85;
  return 1.0;
}

/* Thanksgiving, Black Friday to Cyber Monday, the holiday season and the
 * standstill around Christmas. */
static double
us_holiday_factor (const TerDemoDay *day,
                   TerCustomerType   type)
{
  gboolean online = type == TER_CUSTOMER_ONLINE;
  gboolean retail = online || type == TER_CUSTOMER_RETAILER;
  int tg = day->tg_offset;

  if (tg == 0)
    return online ? 0.8 : 0.1;
  if (tg == 1)
    return online ? 3.5 : retail ? 1.6 : 0.6;
  if (tg == 2 || tg == 3)
    return online ? 1.8 : 1.0;
  if (tg == 4)
    return online ? 4.0 : 1.0;
  if (day->month == 12 && day->mday >= 24)
    return day->mday == 25 ? (online ? 0.5 : 0.05) : (online ? 1.0 : 0.4);
  if (day->month == 1 && day->mday == 1)
    return online ? 0.7 : 0.05;
  if (tg >= -10 && tg <= 30)
    return online ? 1.4 : retail ? 1.3 : 1.0;
  return us_event_factor (day, online, retail);
}

double
ter_demo_day_factor (const TerDemoDay *day,
                     TerDemoMarket     market,
                     TerCustomerType   type)
{
  double factor = weekday_factor (day, market, type) * quarter_end_factor (day, type);

  if (market == TER_DEMO_US)
    return factor * us_holiday_factor (day, type);

  factor *= cn_holiday_factor (day, type);
  return type == TER_CUSTOMER_ONLINE ? factor * cn_festival_factor (day) : factor;
}

TerDemoPeak
ter_demo_day_peak (const TerDemoDay *day,
                   TerDemoMarket     market)
{
  if (market == TER_DEMO_US)
    return day->tg_offset >= 1 && day->tg_offset <= 4 ? TER_DEMO_PEAK_BFCM
           : day->us_event == TER_DEMO_EVENT_PRIME ? TER_DEMO_PEAK_PRIME : TER_DEMO_PEAK_NONE;
  if (day->month == 6 && day->mday <= 18)
    return TER_DEMO_PEAK_618;
  if ((day->month == 10 && day->mday == 31) || (day->month == 11 && day->mday <= 11))
    return TER_DEMO_PEAK_1111;
  return TER_DEMO_PEAK_NONE;
}

/* People */

typedef struct {
  const char *hanzi;
  const char *pinyin;
} Syllable;

/* The most common surnames first: they are drawn more often. */
static const Syllable surnames[] = {
  { "王", "wang" }, { "李", "li" }, { "张", "zhang" }, { "刘", "liu" }, { "陈", "chen" },
  { "杨", "yang" }, { "黄", "huang" }, { "赵", "zhao" }, { "吴", "wu" }, { "周", "zhou" },
  { "徐", "xu" }, { "孙", "sun" }, { "马", "ma" }, { "朱", "zhu" }, { "胡", "hu" },
  { "郭", "guo" }, { "何", "he" }, { "林", "lin" }, { "高", "gao" }, { "罗", "luo" },
  { "郑", "zheng" }, { "梁", "liang" }, { "谢", "xie" }, { "宋", "song" }, { "唐", "tang" },
  { "许", "xu" }, { "邓", "deng" }, { "韩", "han" }, { "冯", "feng" }, { "曹", "cao" },
  { "彭", "peng" }, { "曾", "zeng" }, { "肖", "xiao" }, { "田", "tian" }, { "董", "dong" },
  { "潘", "pan" }, { "袁", "yuan" }, { "蔡", "cai" }, { "蒋", "jiang" }, { "余", "yu" },
  { "于", "yu" }, { "杜", "du" }, { "叶", "ye" }, { "程", "cheng" }, { "魏", "wei" },
  { "苏", "su" }, { "吕", "lv" }, { "丁", "ding" }, { "任", "ren" }, { "卢", "lu" },
  { "姚", "yao" }, { "沈", "shen" }, { "钟", "zhong" }, { "姜", "jiang" }, { "崔", "cui" },
  { "谭", "tan" }, { "陆", "lu" }, { "范", "fan" }, { "汪", "wang" }, { "廖", "liao" },
  { "石", "shi" }, { "金", "jin" }, { "韦", "wei" }, { "贾", "jia" }, { "夏", "xia" },
  { "付", "fu" }, { "方", "fang" }, { "邹", "zou" }, { "熊", "xiong" }, { "白", "bai" },
  { "孟", "meng" }, { "秦", "qin" }, { "邱", "qiu" }, { "侯", "hou" }, { "江", "jiang" },
  { "尹", "yin" }, { "薛", "xue" }, { "闫", "yan" }, { "段", "duan" }, { "雷", "lei" },
  { "龙", "long" }, { "黎", "li" }, { "史", "shi" }, { "陶", "tao" }, { "贺", "he" },
  { "毛", "mao" }, { "郝", "hao" }, { "顾", "gu" }, { "龚", "gong" }, { "邵", "shao" },
  { "万", "wan" }, { "覃", "qin" }, { "武", "wu" }, { "钱", "qian" }, { "戴", "dai" },
  { "严", "yan" }, { "莫", "mo" }, { "孔", "kong" }, { "向", "xiang" }, { "常", "chang" },
};

/* Given names; the first N_SOLO also make a name on their own. */
static const Syllable given_names[] = {
  { "伟", "wei" }, { "芳", "fang" }, { "娜", "na" }, { "敏", "min" }, { "静", "jing" },
  { "丽", "li" }, { "强", "qiang" }, { "磊", "lei" }, { "军", "jun" }, { "洋", "yang" },
  { "勇", "yong" }, { "艳", "yan" }, { "杰", "jie" }, { "娟", "juan" }, { "涛", "tao" },
  { "明", "ming" }, { "超", "chao" }, { "霞", "xia" }, { "平", "ping" }, { "刚", "gang" },
  { "英", "ying" }, { "华", "hua" }, { "文", "wen" }, { "辉", "hui" }, { "玲", "ling" },
  { "红", "hong" }, { "鑫", "xin" }, { "宇", "yu" }, { "浩", "hao" }, { "婷", "ting" },
  { "雪", "xue" }, { "琳", "lin" }, { "晨", "chen" }, { "欣", "xin" }, { "怡", "yi" },
  { "佳", "jia" }, { "俊", "jun" }, { "博", "bo" }, { "睿", "rui" }, { "轩", "xuan" },
  { "泽", "ze" }, { "宁", "ning" }, { "凯", "kai" }, { "鹏", "peng" }, { "飞", "fei" },
  { "斌", "bin" }, { "波", "bo" }, { "峰", "feng" }, { "海", "hai" }, { "丹", "dan" },
  { "萍", "ping" }, { "蕾", "lei" }, { "倩", "qian" }, { "颖", "ying" }, { "慧", "hui" },
  { "瑶", "yao" }, { "琪", "qi" }, { "昊", "hao" }, { "婧", "jing" }, { "涵", "han" },
  { "东", "dong" }, { "亮", "liang" }, { "健", "jian" }, { "晶", "jing" }, { "燕", "yan" },
  { "兰", "lan" },
  { "思", "si" }, { "梦", "meng" }, { "雨", "yu" }, { "嘉", "jia" }, { "晓", "xiao" },
  { "志", "zhi" }, { "建", "jian" }, { "秀", "xiu" }, { "一", "yi" }, { "可", "ke" },
  { "家", "jia" }, { "国", "guo" }, { "春", "chun" }, { "立", "li" }, { "梓", "zi" },
  { "诗", "shi" }, { "振", "zhen" }, { "天", "tian" }, { "玉", "yu" }, { "成", "cheng" },
  { "德", "de" }, { "永", "yong" }, { "新", "xin" }, { "桂", "gui" },
};

#define N_SOLO 66

G_STATIC_ASSERT (N_SOLO <= G_N_ELEMENTS (given_names));

static const char *const first_names[] = {
  "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda",
  "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica",
  "Thomas", "Sarah", "Christopher", "Karen", "Charles", "Lisa", "Daniel", "Nancy",
  "Matthew", "Betty", "Anthony", "Sandra", "Mark", "Ashley", "Steven", "Emily",
  "Andrew", "Michelle", "Joshua", "Amanda", "Kevin", "Melissa", "Brian", "Stephanie",
  "Ryan", "Rebecca", "Jacob", "Laura", "Nicholas", "Rachel", "Eric", "Megan",
  "Jonathan", "Hannah", "Tyler", "Olivia", "Brandon", "Emma", "Justin", "Sophia",
  "Carlos", "Maria", "Luis", "Ana", "Jose", "Sofia", "Kenji", "Mei",
  "Priya", "Raj", "Aisha", "Marcus", "Jasmine", "Ethan", "Chloe", "Noah",
  "Grace", "Logan", "Natalie", "Aaron", "Julia", "Diego", "Camila", "Samuel",
};

static const char *const last_names[] = {
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
  "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas",
  "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White",
  "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young",
  "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
  "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell",
  "Carter", "Roberts", "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker",
  "Cruz", "Edwards", "Collins", "Reyes", "Stewart", "Morris", "Morales", "Murphy",
  "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper", "Peterson", "Bailey",
  "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson",
  "Watson", "Brooks", "Chavez", "Wood", "Bennett", "Gray", "Mendoza", "Hughes",
  "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Ross", "O'Brien",
  "Chen", "Wang", "Foster", "Sullivan",
};

/* An index into a list of n, favouring its beginning. */
static guint
skewed_index (TerDemoRng *rng,
              guint       n)
{
  double u = ter_demo_rng_double (rng);

  return MIN ((guint) (u * u * n), n - 1);
}

static void
append_login (GString    *login,
              const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      g_string_append_c (login, g_ascii_tolower (*p));
}

static void
chinese_name (TerDemoRng *rng,
              GString    *name,
              GString    *login)
{
  const Syllable *surname = &surnames[skewed_index (rng, G_N_ELEMENTS (surnames))];
  guint n_given = ter_demo_rng_below (rng, 10) < 4 ? 1 : 2;

  g_string_append (name, surname->hanzi);
  g_string_append (login, surname->pinyin);
  for (guint i = 0; i < n_given; i++)
    {
      guint n = n_given == 1 ? N_SOLO : G_N_ELEMENTS (given_names);
      const Syllable *given = &given_names[ter_demo_rng_below (rng, n)];

      g_string_append (name, given->hanzi);
      g_string_append (login, given->pinyin);
    }
}

void
ter_demo_person_name (TerDemoRng    *rng,
                      TerDemoMarket  market,
                      GString       *name,
                      GString       *login)
{
  const char *first;
  const char *last;

  g_string_truncate (name, 0);
  g_string_truncate (login, 0);

  if (market == TER_DEMO_CN)
    {
      chinese_name (rng, name, login);
      return;
    }

  first = first_names[ter_demo_rng_below (rng, G_N_ELEMENTS (first_names))];
  last = last_names[skewed_index (rng, G_N_ELEMENTS (last_names))];
  g_string_append_printf (name, "%s %s", first, last);
  append_login (login, first);
  g_string_append_c (login, '.');
  append_login (login, last);
}

/* Companies */

static const char *const brand_chars[] = {
  "恒", "信", "锦", "程", "华", "泰", "鑫", "达", "盛", "隆", "宏", "远", "嘉", "禾",
  "永", "兴", "瑞", "丰", "金", "源", "天", "成", "汇", "通", "佳", "美", "宝", "利",
  "康", "德", "新", "创", "优", "品", "东", "方", "中", "和", "安", "顺", "万", "福",
  "博", "海", "凯", "荣", "昌", "鼎", "立", "正", "启", "明", "卓", "越", "祥", "润",
  "合", "聚", "诚", "易", "晟", "悦", "腾", "朗",
};

static const char *const cn_distributor_trades[] = {
  "电器有限公司", "商贸有限公司", "贸易有限公司", "家电有限公司", "电子科技有限公司",
  "实业有限公司", "供应链管理有限公司",
};
static const char *const cn_dealer_trades[] = {
  "家电有限公司", "电器有限公司", "智能科技有限公司", "商贸有限公司", "电器经营部",
};
static const char *const cn_retail_trades[] = {
  "电器商行", "家电城", "智能生活馆", "数码广场", "电器专卖店", "家居生活馆",
};
static const char *const cn_key_trades[] = {
  "集团有限公司", "酒店管理有限公司", "置业有限公司", "物业服务有限公司",
  "百货股份有限公司", "连锁超市有限公司", "房地产开发有限公司",
};

static const char *const us_words[] = {
  "Summit", "Pioneer", "Cascade", "Liberty", "Evergreen", "Keystone", "Lakeside", "Redwood",
  "Heritage", "Frontier", "Harbor", "Prairie", "Blue Ridge", "Silverline", "Northstar", "Bayview",
  "Granite", "Maple", "Riverbend", "Sunbelt", "Pinnacle", "Oakwood", "Crescent", "Atlas",
  "Beacon", "Horizon", "Sterling", "Meridian", "Coastal", "Highland", "Union", "Magnolia",
  "Canyon", "Cedar", "Ironwood", "Bluebonnet", "Copper", "Lighthouse", "Golden State", "Patriot",
};

static const char *const us_distributor_trades[] = {
  "Home Supply LLC", "Appliance Distribution Inc.", "Wholesale Co.", "Electronics Distributors Inc.",
  "Trading Company", "Supply Corp.",
};
static const char *const us_dealer_trades[] = {
  "Appliance LLC", "Home & Appliance", "Appliance Center", "Smart Home Solutions", "Electric Co.",
};
static const char *const us_retail_trades[] = {
  "Home Store", "Hardware", "Electronics", "Housewares", "Smart Living", "Home Center",
};
static const char *const us_key_trades[] = {
  "Hotels Group", "Property Management", "Homes Inc.", "Senior Living", "Department Stores",
  "Residential Partners",
};

#define PICK(rng, list) (list[ter_demo_rng_below ((rng), G_N_ELEMENTS (list))])

static void
chinese_company_name (TerDemoRng      *rng,
                      TerCustomerType  type,
                      const char      *city,
                      GString         *out)
{
  guint first = ter_demo_rng_below (rng, G_N_ELEMENTS (brand_chars));
  guint second = (first + 1 + ter_demo_rng_below (rng, G_N_ELEMENTS (brand_chars) - 1))
                 % G_N_ELEMENTS (brand_chars);
  const char *trade;

  switch (type)
    {
    case TER_CUSTOMER_KEY_ACCOUNT:
      trade = PICK (rng, cn_key_trades);
      break;
    case TER_CUSTOMER_DISTRIBUTOR:
      trade = PICK (rng, cn_distributor_trades);
      break;
    case TER_CUSTOMER_DEALER:
      trade = PICK (rng, cn_dealer_trades);
      break;
    case TER_CUSTOMER_RETAILER:
    default:
      trade = PICK (rng, cn_retail_trades);
      break;
    }

  g_string_append_printf (out, "%s%s%s%s", city, brand_chars[first], brand_chars[second], trade);
}

static void
american_company_name (TerDemoRng      *rng,
                       TerCustomerType  type,
                       const char      *city,
                       GString         *out)
{
  const char *word = PICK (rng, us_words);

  switch (type)
    {
    case TER_CUSTOMER_KEY_ACCOUNT:
      g_string_append_printf (out, "%s %s", word, PICK (rng, us_key_trades));
      break;
    case TER_CUSTOMER_DISTRIBUTOR:
      g_string_append_printf (out, "%s %s", word, PICK (rng, us_distributor_trades));
      break;
    case TER_CUSTOMER_DEALER:
      /* Dealers are often named after their town. */
      g_string_append_printf (out, "%s %s", ter_demo_rng_below (rng, 2) ? city : word,
                              PICK (rng, us_dealer_trades));
      break;
    case TER_CUSTOMER_RETAILER:
    default:
      if (ter_demo_rng_below (rng, 3) == 0)
        g_string_append_printf (out, "%s's %s", PICK (rng, last_names), PICK (rng, us_retail_trades));
      else
        g_string_append_printf (out, "%s %s", word, PICK (rng, us_retail_trades));
      break;
    }
}

void
ter_demo_company_name (TerDemoRng      *rng,
                       TerDemoMarket    market,
                       TerCustomerType  type,
                       const char      *city,
                       GString         *out)
{
  g_string_truncate (out, 0);

  /* Online buyers are people, not companies. */
  if (type == TER_CUSTOMER_ONLINE)
    {
      g_autoptr(GString) login = g_string_new (NULL);

      ter_demo_person_name (rng, market, out, login);
    }
  else if (market == TER_DEMO_CN)
    chinese_company_name (rng, type, city, out);
  else
    american_company_name (rng, type, city, out);
}

void
ter_demo_phone (TerDemoRng    *rng,
                TerDemoMarket  market,
                const char    *area_code,
                gboolean       mobile,
                GString       *out)
{
  static const char *const mobile_prefixes[] = {
    "139", "138", "137", "136", "135", "158", "159", "186", "187", "188", "177", "199",
  };

  g_string_truncate (out, 0);

  if (market == TER_DEMO_US)
    g_string_append_printf (out, "(%s) 555-01%02u", area_code, ter_demo_rng_below (rng, 100));
  else if (mobile)
    g_string_append_printf (out, "%s-%04u-%04u", PICK (rng, mobile_prefixes),
                            ter_demo_rng_below (rng, 10000), ter_demo_rng_below (rng, 10000));
  else
    g_string_append_printf (out, "%s-%u%07u", area_code, 2 + ter_demo_rng_below (rng, 7),
                            ter_demo_rng_below (rng, 10000000));
}
