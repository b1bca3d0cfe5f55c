import type { ListItemDefinition } from './list-item-definition'
import { groupLeaders } from './users'

// The group party committee's 8 key things (seed 000: 办证难, 停车难, 通勤难 and the rest of the
// workers' most pressing concerns). All under way as of today; progress and deadline are fixed.

export type EightThing = ListItemDefinition & {
  progress: number
  /** Day number of the deadline (days from the campaign's start). */
  deadlineDay: number
  /** How many collected demands led to the item. */
  demandCount: number
}

export const eightThings: readonly EightThing[] = [
  {
    title: '破解“办证难”：房改房、集资建房、廉租房个人产权证集中办理',
    unitId: 'dept-housing',
    category: 'housing',
    leadLeader: groupLeaders.chairman,
    content:
      '对房改房、集资建房、廉租房未办证问题逐户摸排建账，与淮北市不动产登记中心建立联办机制，开设集团办证专窗，集中受理、上门服务，分类化解历史遗留问题，做到应办尽办。',
    beneficiaries: '职工及家属约1.1万户',
    object: '产权证集中办理',
    steps: [
      '逐户摸排未办证房屋11236户，按房改房、集资建房、廉租房三类建立问题台账。',
      '与淮北市不动产登记中心签订联办协议，在集团开设办证专窗，每周二、四集中受理。',
      '组织工作人员进社区上门收件，累计办理个人产权证5120户。',
      '对缺少原始档案的1300余户逐户补档，会同住建部门化解遗留问题。',
      '累计为职工及家属办理房改房、集资建房、廉租房个人产权证8759户，剩余问题户正分类攻坚。',
    ],
    doneNote: '',
    voices: [
      '我家的房改房住了二十多年，产权证一直办不下来，孩子上学落户都受影响。',
      '集资建房的钱交了十几年了还没拿到房产证，想卖房、想抵押都办不了。',
      '廉租房能不能办个人产权？听说政策有了，不知道到哪里办、要准备什么材料。',
      '办证要跑不动产中心、房管所好几个地方，我们倒班的根本请不出假。',
      '老矿区的房子原始档案找不到了，办证卡在这一步，希望集团出面协调。',
    ],
    instructions: [
      '办证难是职工反映最集中的问题，要倒排工期、挂图作战，能办的尽快全部办结，确有困难的逐户拿出办法。',
      '对档案缺失的户要主动对接市里，集团出面协调，不能让职工来回跑。',
    ],
    progress: 78,
    deadlineDay: 270,
    demandCount: 20,
  },
  {
    title: '破解“停车难”：基层单位职工停车场建设',
    unitId: 'dept-housing',
    category: 'parking',
    leadLeader: groupLeaders.deputyManagerA,
    content:
      '统筹各矿工业广场及周边闲置用地，新建、扩建职工停车场，配套照明、监控和电动车充电设施，实行划线管理，年内新增停车位2000个以上。',
    beneficiaries: '各基层单位驾车、骑车通勤职工约1.6万人',
    object: '停车场建设',
    steps: [
      '完成18个基层单位停车需求摸排，确定首批9个停车场建设点位。',
      '朱庄矿、芦岭矿停车场开工建设，同步设计照明和监控。',
      '朱庄矿、芦岭矿停车场已建成并投入使用，新增车位620个。',
      '袁店二矿、桃园矿、祁南矿停车场主体施工中，累计新增车位1180个。',
    ],
    doneNote: '',
    voices: [
      '早上来晚了停车场就满了，车只能停在马路边，经常被贴罚单。',
      '停车场没划线，车乱停乱放，下班要等半天才能把车开出去。',
      '电动车棚太小，下雨天电动车都淋在外面，充电也没地方。',
      '矿门口停车太乱，上下班高峰经常堵车，还不安全。',
    ],
    instructions: ['停车场建设要和职工上下班时间结合，施工期间做好临时停车安排。'],
    progress: 62,
    deadlineDay: 250,
    demandCount: 14,
  },
  {
    title: '破解“通勤难”：优化通勤班车线路、增开班次、降低票价',
    unitId: 'dept-logistics',
    category: 'commute',
    leadLeader: groupLeaders.deputyManagerB,
    content:
      '按职工居住分布重新规划通勤线路，新增市区至偏远矿井直达班次，早晚高峰加密发车，推行通勤电子月票，降低职工通勤费用。',
    beneficiaries: '乘坐通勤班车职工约9800人',
    object: '通勤线路优化',
    steps: [
      '开展职工居住地和乘车时段问卷调查，收回有效问卷6300份。',
      '新开通相山—信湖矿、濉溪—五沟矿两条直达线路。',
      '早晚高峰加密发车12个班次，更新通勤车辆20台。',
      '通勤电子月票系统完成测试，准备上线。',
    ],
    doneNote: '',
    voices: [
      '夜班下班只有一趟车，错过了就得自己打车回市区，一个月光路费就好几百。',
      '通勤车太挤，经常站一路，早班能不能多加一趟车？',
      '从濉溪县城到矿上没有班车，每天骑电动车来回两个多小时。',
      '班车时刻和交接班时间对不上，每天要在井口干等四十分钟。',
    ],
    instructions: ['线路调整后要跟踪乘车率，职工反映的问题一周内要有回音。'],
    progress: 55,
    deadlineDay: 240,
    demandCount: 14,
  },
  {
    title: '职工“两堂一舍”提档升级：井口食堂、职工浴室、单身公寓改造',
    unitId: 'dept-logistics',
    category: 'canteen',
    leadLeader: groupLeaders.deputyManagerA,
    content:
      '对各矿井口食堂、职工浴室、单身公寓集中改造：食堂实行四班供餐、热饭热菜，浴室更新热水和淋浴设施，公寓配齐空调、热水器和网络。',
    beneficiaries: '一线职工约2.6万人',
    object: '“两堂一舍”改造',
    steps: [
      '制定“两堂一舍”改造标准，逐矿核定改造清单和投资计划。',
      '首批6个单位井口食堂完成改造，实行四班供餐。',
      '许疃矿、祁南矿职工浴室改造开工，单身公寓空调完成招标采购。',
    ],
    doneNote: '',
    voices: [
      '夜班升井都凌晨了，食堂只剩凉馒头，想吃口热乎的都难。',
      '浴室水一会儿冷一会儿热，喷头坏了好几个，下班洗澡还要排队。',
      '单身公寓夏天没有空调，下了夜班白天根本睡不着。',
    ],
    instructions: ['“两堂一舍”是职工天天用的，改造标准要请职工代表参与定，验收也要请职工代表参加。'],
    progress: 45,
    deadlineDay: 280,
    demandCount: 10,
  },
  {
    title: '职工健康体检和职业健康监护全覆盖',
    unitId: 'dept-safety',
    category: 'health',
    leadLeader: groupLeaders.generalManager,
    content:
      '组织在岗职工全员健康体检，增加低剂量肺部CT、心脑血管筛查项目；接尘、接噪岗位职工职业健康检查应检尽检；建立电子健康档案，开展结果解读和跟踪复查。',
    beneficiaries: '在岗职工约4.2万人',
    object: '健康体检',
    steps: [
      '与3家医疗机构签订体检协议，增加肺部CT、心脑血管筛查等项目。',
      '完成一线单位职工体检2.1万人，接尘岗位职业健康检查同步开展。',
      '累计完成体检2.9万人，建立电子健康档案，组织专家进矿解读体检结果。',
    ],
    doneNote: '',
    voices: [
      '体检项目太少，就量个血压抽个血，希望增加肺部CT检查。',
      '在采煤面干了十几年，担心肺出问题，想做个专门的职业病检查。',
      '体检报告发下来看不懂，希望有医生给解读一下。',
    ],
    instructions: ['体检发现的问题要建立台账、跟踪到人，不能一检了之。'],
    progress: 70,
    deadlineDay: 210,
    demandCount: 8,
  },
  {
    title: '困难职工精准帮扶“一户一策”',
    unitId: 'dept-union',
    category: 'hardship',
    leadLeader: groupLeaders.deputySecretary,
    content:
      '全面摸排因病、因残、因学致困职工家庭，建立“一户一档”帮扶台账，落实生活救助、医疗救助、助学救助，两级领导干部结对帮扶，做到应帮尽帮、动态清零。',
    beneficiaries: '困难职工家庭1260户',
    object: '困难职工帮扶',
    steps: [
      '完成困难职工家庭摸排，建立“一户一档”台账1260户。',
      '两级领导干部与困难职工结对862对，逐户制定帮扶措施。',
      '发放生活救助和医疗救助资金386万元，帮扶措施落实到户。',
      '开展季度回访，新增困难家庭动态纳入台账。',
    ],
    doneNote: '',
    voices: [
      '我家老人常年住院，爱人没有工作，孩子还在上学，日子实在难。',
      '工友得了重病，医药费花了几十万，报销后还欠着债，希望单位帮帮他。',
    ],
    instructions: ['帮扶不能只在节日送慰问，要建立长效机制，做到动态清零。'],
    progress: 85,
    deadlineDay: 290,
    demandCount: 6,
  },
  {
    title: '职工子女假期托管和“金秋助学”',
    unitId: 'dept-youth',
    category: 'education',
    leadLeader: groupLeaders.deputySecretary,
    content:
      '在各矿和生活区开办职工子女假期托管班，安排作业辅导、安全教育和文体活动；扩大“金秋助学”资助范围、提高资助标准，解决双职工“假期看娃难”和困难家庭子女上学难。',
    beneficiaries: '职工子女约3000名',
    object: '托管和助学',
    steps: [
      '摸排双职工家庭托管需求，确定首批12个托管点。',
      '招募青年志愿者和退休教师组成托管服务队，完成安全预案。',
      '修订“金秋助学”办法，资助范围扩大到在读研究生。',
    ],
    doneNote: '',
    voices: [
      '放暑假孩子没人看，我们两口子都倒班，只能把孩子锁在家里，太不放心了。',
      '孩子考上大学了，学费加生活费一下要好几万，希望助学金能多一些。',
    ],
    instructions: ['托管班要把安全放在第一位，场地、餐食、接送都要有专人负责。'],
    progress: 40,
    deadlineDay: 200,
    demandCount: 7,
  },
  {
    title: '井下作业环境改善：降温、降尘、缩短步行距离',
    unitId: 'dept-production',
    category: 'environment',
    leadLeader: groupLeaders.generalManager,
    content:
      '对高温工作面实施集中制冷降温，推广喷雾降尘和煤层注水，延伸架空乘人装置，改造井下候车硐室，让职工少走路、少吸尘、不受热。',
    beneficiaries: '井下一线职工约2.2万人',
    object: '井下作业环境改善',
    steps: [
      '完成各矿高温工作面和入井步行距离摸排，确定改造清单。',
      '桃园矿、祁南矿高温工作面制冷系统开工安装。',
      '架空乘人装置延伸工程在5个矿井开工，已完成2处。',
    ],
    doneNote: '',
    voices: [
      '夏天工作面温度三十多度，一个班下来衣服能拧出水，太遭罪了。',
      '下井要走四十多分钟才到工作面，还没干活人就累了，猴车能不能往里延一延？',
      '工作面粉尘大，口罩戴一会儿就堵了。',
    ],
    instructions: [
      '降温和缩短步行距离要赶在入夏前见效，资金不足的由集团统筹解决。',
      '作业环境改善要和安全生产同部署、同检查。',
    ],
    progress: 35,
    deadlineDay: 300,
    demandCount: 6,
  },
]
