import { buildDirectory } from '../../../src/core/units/build-directory';
import type { DirectoryEntry } from '../../../src/core/units/unit';
import { SEEDS } from '../read/seed-files';
import { readSeed, readSeedsWithTables } from '../tasks/seed-documents';
import { rawTable, sourceDocument, unitsDocument } from '../tasks/source-document';

const entryNamed = (entries: DirectoryEntry[], name: string): DirectoryEntry | undefined =>
  entries.find((e) => e.canonical === name || e.aliases.includes(name));

describe('buildDirectory', () => {
  it('puts the forms of one bureau in one entry named by the form most often written', () => {
    const { directory } = buildDirectory([unitsDocument(['县市场监管局', '县市场监管局、县建设局', '市场监督管理局'])]);
    expect(directory.entries).toEqual([
      { canonical: '县市场监管局', aliases: ['市场监督管理局'], kind: 'bureau', members: [] },
      { canonical: '县建设局', aliases: [], kind: 'bureau', members: [] },
    ]);
  });

  it('keeps apart the bureaus of a county, of a district and of a document that states no level', () => {
    const county = unitsDocument(['县应急管理局、县公安局', '应急局、县公安局']);
    const district = unitsDocument(['区应急局、区公安分局']);
    const bare = unitsDocument(['综合执法局（应急管理局）、公安分局']);
    const { directory } = buildDirectory([county, district, bare]);
    expect(directory.entries.filter((e) => e.canonical.includes('应急'))).toEqual([
      { canonical: '县应急管理局', aliases: ['应急局'], kind: 'bureau', members: [] },
      { canonical: '区应急局', aliases: [], kind: 'bureau', members: [] },
      { canonical: '综合执法局（应急管理局）', aliases: ['应急管理局', '综合执法局'], kind: 'bureau', members: [] },
    ]);
  });

  it('keeps 市X of a county document apart from the county’s own bureau', () => {
    const { directory } = buildDirectory([unitsDocument(['县应急局、县公安局、市应急管理局'])]);
    expect(directory.entries.map((e) => e.canonical)).toEqual(['县公安局', '县应急局', '市应急管理局']);
  });

  it('names a bureau written bare by its level when documents of several levels are read together', () => {
    const county = unitsDocument(['县应急局、县公安局、财政局']);
    const bare = unitsDocument(['财政局、应急局']);
    const { directory } = buildDirectory([county, bare]);
    expect(entryNamed(directory.entries, '县财政局')).toEqual({ canonical: '县财政局', aliases: ['财政局'], kind: 'bureau', members: [] });
    expect(directory.entries.filter((e) => e.canonical === '财政局')).toHaveLength(1);
  });

  it('names a body written 「A（B）」 that way, with A and B as aliases, even when B is written more often', () => {
    const { directory } = buildDirectory([unitsDocument(['应急管理局', '应急管理局', '综合执法局（应急管理局）'])]);
    expect(directory.entries).toEqual([
      { canonical: '综合执法局（应急管理局）', aliases: ['应急管理局', '综合执法局'], kind: 'bureau', members: [] },
    ]);
  });

  it('leaves out a name that is two known names run together', () => {
    const { directory } = buildDirectory([unitsDocument(['县公安局', '县交通运输委', '县公安局县交通运输委'])]);
    expect(directory.entries.map((e) => e.canonical)).toEqual(['县交通运输委', '县公安局']);
  });

  it('reads the units of 牵头单位 and 配合单位 columns too, and counts a merged cell once', () => {
    const table = rawTable(['seq', 'lead', 'support'], [
      ['1', '县应急局', '县公安局'],
      ['2', '县应急局', { merge: 'above' }],
    ]);
    const { directory } = buildDirectory([sourceDocument([table], 'docx')]);
    expect(directory.entries.map((e) => e.canonical)).toEqual(['县应急局', '县公安局']);
  });

  it('orders bureaus, then groups, then vague references', () => {
    const { directory } = buildDirectory([unitsDocument(['有关部门、各镇街、县林业局'])]);
    expect(directory.entries.map((e) => [e.canonical, e.kind])).toEqual([
      ['县林业局', 'bureau'],
      ['各镇街', 'group'],
      ['有关部门', 'vague'],
    ]);
  });

  describe('on the seeds', () => {
    it('keeps 「综合执法局（应急管理局）」 as the name in 000, with 「应急管理局」 an alias, and proposes nothing there', async () => {
      const { directory, proposals } = buildDirectory([await readSeed(SEEDS.gaoxin)]);
      expect(entryNamed(directory.entries, '应急管理局')?.canonical).toBe('综合执法局（应急管理局）');
      expect(entryNamed(directory.entries, '市场监管局')?.canonical).toBe('市场监督管理局');
      expect(entryNamed(directory.entries, '公共服务局综合执法局（应急管理局）')).toBeUndefined();
      expect(proposals).toEqual([
        {
          a: '高新区公安分局',
          b: '高新区公安分局交巡警支队',
          reason: '「高新区公安分局交巡警支队」是「高新区公安分局」后加「交巡警支队」，可能是同一单位，也可能是其下属机构，请确认',
          code: 'alias-longer',
          args: { a: '高新区公安分局', b: '高新区公安分局交巡警支队', added: '交巡警支队' },
        },
      ]);
    });

    it('keeps 建设局 and 城市建设事务中心 apart, and 各镇街 apart from 有关镇街', async () => {
      const { directory } = buildDirectory([await readSeed(SEEDS.gaoxin)]);
      expect(entryNamed(directory.entries, '建设局')).toEqual({ canonical: '建设局', aliases: [], kind: 'bureau', members: [] });
      expect(entryNamed(directory.entries, '城市建设事务中心')?.aliases).toEqual([]);
      expect(entryNamed(directory.entries, '各镇街')?.kind).toBe('group');
      expect(entryNamed(directory.entries, '有关镇街')?.kind).toBe('vague');
    });

    it('joins the names of 001’s 「A（B）」 bodies', async () => {
      const { directory } = buildDirectory([await readSeed(SEEDS.dianjiang)]);
      expect(entryNamed(directory.entries, '县发展改革委')).toEqual({
        canonical: '县发展改革委（县粮食和物资储备局）',
        aliases: ['县发展改革委（县国动办）', '县发展改革委', '县粮食和物资储备局', '县国动办'],
        kind: 'bureau',
        members: [],
      });
      expect(entryNamed(directory.entries, '县气象局')?.canonical).toBe('县气象局（县预警信息发布中心）');
      expect(entryNamed(directory.entries, '县城市管理局')?.canonical).toBe('县住房城乡建委（县城市管理局）');
    });

    it('reads every distinct unit of the three seeds with tables as a careful clerk would', async () => {
      const { directory } = buildDirectory(await readSeedsWithTables());
      const kinds = (kind: string): string[] => directory.entries.filter((e) => e.kind === kind).map((e) => e.canonical).sort();
      expect(kinds('group')).toEqual(
        // 000 (高新区) names its groups bare; 001 (县) and 004 (区) groups are their own government's.
        ['县安旅办成员单位', '县安委会各成员单位', '县消安办各成员单位', '县防减救灾委各成员单位', '县各乡镇（街道）', '区安委会相关成员单位', '区各镇街', '各镇街', '安委会各成员单位', '防减救灾委各成员单位', '消安委各成员单位'].sort(),
      );
      expect(kinds('vague')).toEqual(
        ['县级有关部门', '县级综合行政执法部门', '有关县级部门', '有关行业部门', '县级有关行业部门', '有关镇街', '社会应急力量业务管理部门', '县社会应急力量业务管理部门'].sort(),
      );
      // The emergency bureaus of 垫江县, 璧山区 and 重庆高新区 are three bodies.
      expect(entryNamed(directory.entries, '应急管理局')?.canonical).toBe('综合执法局（应急管理局）');
      expect(entryNamed(directory.entries, '区应急局')?.canonical).toBe('区应急局');
      expect(entryNamed(directory.entries, '县应急管理局')?.canonical).toBe('县应急管理局');
      expect(entryNamed(directory.entries, '县级有关行业部门')?.canonical).toBe('县级有关行业部门');
      // Most written first; the committee 县安委会 (named alone in 001) is a body, its 成员单位 a group.
      expect(directory.entries.filter((e) => e.kind === 'bureau').map((e) => e.canonical)).toEqual([
        '县应急管理局', '综合执法局（应急管理局）', '县住房城乡建委（县城市管理局）', '县消防救援局', '建设局', '改革发展局', '区应急局', '城市建设事务中心', '消防办公室', '县交通运输委', '县经济信息委', '县水利局', '县规划自然资源局', '市场监督管理局',
        '公共服务局', '县市场监管局', '规划和自然资源局', '县发展改革委（县粮食和物资储备局）', '县商务委', '生态环境局', '县公安局', '县农业农村委', '县卫生健康委', '高新区公安分局', '区住房城乡建委', '县教委', '县文化旅游委', '县林业局',
        '县财政局', '县民政局', '县气象局（县预警信息发布中心）', '财政局', '区交通局', '区安委办', '办公室', '区市场监管局', '区水利局', '区经济信息委', '县生态环境局', '党群工作部', '创新服务中心', '区农业农村委', '区消防救援支队',
        '县人力社保局', '县公安局交巡警大队', '县国资管理服务中心', '县委办公室', '县委宣传部', '县委组织部', '县委编办', '县安委会', '县民族宗教委', '县科技局', '县融媒体中心', '县邮政管理局', '县金融发展服务中心', '县防减救灾委', '国防动员办',
        '安委办', '政务服务和社会事务中心', '科技创新局', '融媒体中心', '防减救灾办', '高新区公安分局交巡警支队',
      ]);
    });
  });
});
